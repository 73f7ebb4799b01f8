import { createTestDatabase, prepareTestTemplate } from '@pvr/db/testing';
import { startProduct } from './product-process.ts';
import { formatInterval, formatSoakReport, runSoak } from './soak-load.ts';

/**
 * `pnpm soak`: the production server (its own process, demo data) on a fresh database on the
 * local PostgreSQL (TEST_DATABASE_URL, default 127.0.0.1:5432), driven over loopback by many
 * signed-in sessions for SOAK_SECONDS (default 180). Exits 1 on any error or lost write.
 */
const env = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const seconds = env('SOAK_SECONDS', 180);
const sessions = env('SOAK_SESSIONS', 24);

await prepareTestTemplate();
const database = await createTestDatabase();
const product = await startProduct({}, { databaseUrl: database.url! });
try {
  console.log(`soak: ${seconds} s, ${sessions} sessions (half partner, half staff) against ${product.baseUrl} (pid ${product.child.pid})`);
  const report = await runSoak({
    baseUrl: product.baseUrl,
    pid: product.child.pid,
    databaseUrl: database.url!,
    seconds,
    intervalSeconds: env('SOAK_INTERVAL_SECONDS', 15),
    partnerSessions: Math.ceil(sessions / 2),
    staffSessions: Math.floor(sessions / 2),
    maxRequests: env('SOAK_MAX_REQUESTS', 500_000),
    writeShare: 0.25,
    thinkMs: env('SOAK_THINK_MS', 100),
    timeoutMs: 30_000,
    onInterval: (line) => console.log(formatInterval(line)),
  });
  console.log(formatSoakReport(report));
  process.exitCode = report.errors === 0 && report.lostWrites === 0 && report.duplicateWrites === 0 ? 0 : 1;
} finally {
  await product.cleanUp();
  await database.close();
}
