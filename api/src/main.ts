import { join } from 'node:path';
import { openDatabase } from '@pvr/db';
import { loadConfig } from './config.ts';
import { keepComplianceTasksCurrentNow } from './features/compliance/task-upkeep.ts';
import { ensureDefaultRetentionRules } from './features/retention/default-rules.ts';
import { startRetentionSchedule } from './features/retention/job/schedule.ts';
import { seedDemoData } from './seed/seed.ts';
import { buildServer } from './server.ts';

/** Starts the product: migrate, seed demo data on first run in demo mode, serve. */
const config = loadConfig();
// Migrations run as the login role (they own the schema); the server then acts as the app role.
const migrator = await openDatabase({ url: config.databaseUrl, dataDir: join(config.dataDir, 'pglite'), maxConnections: 1 });
await migrator.migrate();
const database = config.databaseUrl
  ? (await migrator.close(), await openDatabase({ url: config.databaseUrl, appRole: config.databaseAppRole, prepare: config.databasePrepare }))
  : migrator;
const demoLogins = config.demo ? await seedDemoData(database.db, { onlyIfEmpty: true }) : [];
// After the seed (which brings the same rules under demo ids): a real installation gets the defaults.
await ensureDefaultRetentionRules(database.db);
await keepComplianceTasksCurrentNow({ db: database.db, config });

const app = await buildServer({ database, config });
await app.listen({ port: config.port, host: config.host });
const retentionSchedule =
  config.retentionScheduleHours > 0 ? startRetentionSchedule({ db: database.db, config }, { intervalHours: config.retentionScheduleHours, log: app.log }) : null;
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/`;

console.log(`\nPersonvernregister is running at ${url}`);
console.log(`Database: ${database.driver === 'pglite' ? `embedded PGlite in ${join(config.dataDir, 'pglite')}` : 'PostgreSQL (DATABASE_URL)'}`);
if (demoLogins.length > 0) {
  console.log('Demo logins (invented demo data, demo mode only):');
  for (const login of demoLogins) console.log(`  ${login.role.padEnd(8)} ${login.email}  password: ${login.password}`);
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await retentionSchedule?.stop();
  // Keep-alive connections whose request was in flight at the signal become idle only after
  // their answer; Node closes idle ones once, so sweep until the server has drained.
  const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
  await app.close();
  clearInterval(sweep);
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
