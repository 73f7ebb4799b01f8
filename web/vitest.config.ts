import { defineConfig } from 'vitest/config';

/** The web app's small tests (pure functions, the Apollo cache, build helpers); run with `pnpm --filter @pvr/web test`. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
