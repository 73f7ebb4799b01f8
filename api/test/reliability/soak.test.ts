import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDriver, type TestDatabase } from '@pvr/db/testing';
import { startProduct, type Product } from './product-process.ts';
import { formatInterval, formatSoakReport, runSoak } from './soak-load.ts';

/** The CI version of `pnpm soak` (README "Reliability"): 20 s, every request must succeed. */
describe.skipIf(testDriver !== 'postgres')('soak (short)', () => {
  let database: TestDatabase;
  let product: Product | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    product = await startProduct({}, { databaseUrl: database.url! });
  }, 120_000);
  afterAll(async () => {
    await product?.cleanUp();
    await database?.close();
  });

  it('12 partner and staff sessions, mixed reads and writes for 20 s: no error, no lost or doubled write, bounded memory', async () => {
    const report = await runSoak({
      baseUrl: product!.baseUrl,
      pid: product!.child.pid,
      databaseUrl: database.url!,
      seconds: 20,
      intervalSeconds: 5,
      partnerSessions: 6,
      staffSessions: 6,
      maxRequests: 20_000,
      writeShare: 0.25,
      thinkMs: 50,
      timeoutMs: 15_000,
      onInterval: (line) => process.stdout.write(`${formatInterval(line)}\n`),
    });
    process.stdout.write(`${formatSoakReport(report)}\n`);
    expect(report.errorSamples).toEqual([]);
    expect(report.errors).toBe(0);
    expect(report.requests).toBeGreaterThan(200);
    expect(report.writes).toBeGreaterThan(20);
    expect(report.lostWrites).toBe(0);
    expect(report.duplicateWrites).toBe(0);
    expect(report.overall.max).toBeLessThan(15_000);
    // Memory: bounded, not a leak a 20 s run could see; the long run's figures are in the README.
    expect(report.memory.endRssMb ?? 0).toBeLessThan(1_024);
  }, 120_000);
});
