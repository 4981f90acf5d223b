// `npm run dev` serves the responsive images pages name, drawing each on first request: the
// middleware answers its own URLs under the base path, in the right format, and passes the rest on.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, expect, it } from 'vitest';
import { readImageSource } from '../../src/core/images/source.ts';
import { imageVariants } from '../../src/core/images/variants.ts';
import { imageRequestHandler } from '../../src/integrations/image-server.ts';

const PROJECT = join(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'image-server-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function ask(handle: ReturnType<typeof imageRequestHandler>, url: string) {
  const headers: Record<string, string> = {};
  let body: Uint8Array | undefined;
  let passed: unknown = 'not called';
  await handle({ url }, { setHeader: (k, v) => (headers[k] = v), end: (b) => (body = b) }, (err) => (passed = err));
  return { headers, body, passed };
}

it('draws a variant on first request under the base path, and passes other URLs on', async () => {
  cpSync(join(PROJECT, 'content/images/dock-sensors.png'), join(root, 'content/images/dock-sensors.png'));
  const source = await readImageSource(join(root, 'content/images/dock-sensors.png'));
  const v = imageVariants(source).find((x) => x.format === 'avif' && x.width === 800)!;
  const handle = imageRequestHandler(root, '/proof-hub/');

  const hit = await ask(handle, `/proof-hub${v.path}?v=1`);
  expect(hit.headers['Content-Type']).toBe('image/avif');
  expect(hit.passed).toBe('not called');
  const meta = await sharp(hit.body!).metadata();
  expect([meta.format, meta.width]).toEqual(['heif', 800]);
  expect(existsSync(join(root, 'node_modules/.cache/proof-hub/img'))).toBe(true);

  // Not ours, or not an image of this hub: left to Astro (a 404 there).
  expect((await ask(handle, '/proof-hub/case-study/')).passed).toBeUndefined();
  expect((await ask(handle, '/proof-hub/_img/dock-sensors-0000000000-800.avif')).passed).toBeUndefined();
  expect((await ask(handle, v.path)).passed, 'without the base path').toBeUndefined();
});
