import { defineConfig } from 'vitest/config';

/** Browser journeys against the real product; each file starts its own server and database. */
export default defineConfig({
  test: {
    include: ['tests/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
