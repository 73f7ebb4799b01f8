import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships a CommonJS and an ES module build. Node (the server in production, and the
// packages vitest leaves to Node: Apollo, graphql-jit) loads the CommonJS one; vitest would
// give our own source the ES one, a second graphql whose errors and types the first does not
// recognise. Tests use the one production uses.
const graphqlEntry = createRequire(new URL('./api/package.json', import.meta.url)).resolve('graphql');

/** One suite for db/ and api/ (and the benchmark's harness); TEST_DRIVER picks PostgreSQL or PGlite for every file. */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    include: ['db/test/**/*.test.ts', 'api/src/**/*.test.ts', 'api/test/**/*.test.ts', 'bench/lib/**/*.test.ts'],
    globalSetup: ['./db/src/testing/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test' },
  },
});
