import { defineConfig } from 'vitest/config';

/** One suite for db/ and api/; TEST_DRIVER picks PostgreSQL or PGlite for every file. */
export default defineConfig({
  test: {
    include: ['db/test/**/*.test.ts', 'api/src/**/*.test.ts', 'api/test/**/*.test.ts'],
    globalSetup: ['./db/src/testing/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test' },
  },
});
