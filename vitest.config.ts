import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    // One file at a time: the browser tests need both cores for software WebGL, and the
    // `npm start` smoke test rebuilds the client that the other browser tests load.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
