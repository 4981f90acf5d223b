// The shape the dev servers for files outside Astro's routes share (images, data files): a
// Connect-style handler on Vite's server, given only what it reads and writes.
import type { AstroIntegration } from 'astro';

/** Minimal shapes of Node's request and response, as Vite's middleware hands them over. */
export interface Req {
  url?: string | undefined;
}
export interface Res {
  setHeader(name: string, value: string): unknown;
  end(body: Uint8Array): unknown;
}
export type Handler = (req: Req, res: Res, next: (err?: unknown) => void) => void | Promise<void>;

/** An integration that adds `handle` to `npm run dev`'s server (builds are untouched). */
export function devMiddleware(name: string, handle: Handler): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => void handle(req, res, next));
      },
    },
  };
}
