import { defineConfig } from 'vitest/config';

/** Voice and video tests: run by `npm run test:media` inside a network namespace of their own. */
export default defineConfig({
  test: {
    include: ['tests/media/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
