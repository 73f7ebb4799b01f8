import { defineConfig } from 'vitest/config';

/** The web app's small tests (pure functions, the Apollo cache); run with `pnpm --filter @pvr/web test`. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
