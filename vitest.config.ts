import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Voice and video tests run apart, in their own network namespace (npm run test:media).
    exclude: ['tests/media/**', 'node_modules/**'],
    pool: 'forks',
    // One file at a time: the browser tests need both cores for software WebGL, and the
    // `npm start` smoke test rebuilds the client that the other browser tests load.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
