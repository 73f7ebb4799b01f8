import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '@pvr/db/testing';
import { signInDemo, type Session } from './load-sessions.ts';
import { createPrivateDatabase, privatePostgresAvailable, startPrivatePostgres, type PrivatePostgres } from './private-postgres.ts';
import { startProduct, type Product } from './product-process.ts';
import { describeDrill, runRestartDrill } from './restart-drill.ts';

/**
 * PostgreSQL stopped in the middle of a mixed load, on a PRIVATE cluster started for this file
 * (the shared server on 5432 is never touched), then started again: once cleanly (fast) and
 * once as a crash (immediate, WAL replay on start). The product runs as it ships, in its own process.
 */
describe.skipIf(testDriver !== 'postgres' || !privatePostgresAvailable)('PostgreSQL restart under load', () => {
  let postgres: PrivatePostgres | undefined;
  let product: Product | undefined;
  let databaseUrl: string;
  let sessions: Session[];
  const boundMs = 10_000;

  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    databaseUrl = await createPrivateDatabase(postgres, 'pvr_restart');
    // The product migrates and seeds the demo data itself, as on a first start.
    product = await startProduct({}, { databaseUrl });
    sessions = await Promise.all((['partner', 'partner', 'staff', 'staff'] as const).map((role) => signInDemo(product!.baseUrl, role)));
  }, 180_000);
  afterAll(async () => {
    await product?.cleanUp();
    await postgres?.destroy();
  });

  for (const mode of ['fast', 'immediate'] as const) {
    it(`pg_ctl stop -m ${mode}: 503 while down, serving again without a restart, no write lost or doubled`, async () => {
      const figures = await runRestartDrill({ product: product!, postgres: postgres!, databaseUrl, sessions, mode, warmupMs: 2_000, outageMs: 3_000, afterMs: 2_000, boundMs, workersPerSession: 2 });
      process.stdout.write(`${describeDrill(figures)}\n`);

      expect(figures.processAlive).toBe(true);
      expect(Object.keys(figures.readyzDuringOutage)).toEqual(['503']);
      expect(figures.readyzAfter).toBe(200);
      expect(figures.readySeconds).toBeLessThan(15);
      expect(figures.overBound).toBe(0);
      // Refused while down with 503 (or 409 for a key whose work is done), never a 500.
      expect(Object.keys(figures.statuses).filter((status) => !['200', '409', '503'].includes(status))).toEqual([]);
      expect(figures.maxMs).toBeLessThan(boundMs);
      expect(figures.recoverySeconds).toBeLessThan(15);
      // The outage really hit the load: some requests failed, and writes were retried.
      expect(figures.failed).toBeGreaterThan(0);
      expect(figures.retried).toBeGreaterThan(0);
      expect(figures.acknowledged).toBeGreaterThan(10);
      expect(figures.unresolved).toBe(0);
      expect(figures.lost).toBe(0);
      expect(figures.duplicates).toBe(0);
      expect(figures.leaks).toEqual([]);
      expect(product!.output()).not.toMatch(/"level":60/);
      // Failed queries are logged by kind and stack frames, never with their SQL or parameters.
      expect(product!.output().split('\n').filter((line) => /Failed query|params: /.test(line))).toEqual([]);
    }, 120_000);
  }
});
