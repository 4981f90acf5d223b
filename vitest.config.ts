import { defineConfig } from 'vitest/config';

// Unit tests only: core modules are plain TypeScript, so no Astro/Vite plugins are needed here.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
