import { join } from 'node:path';
import { openDatabase } from '@pvr/db';
import { loadConfig } from '../config.ts';
import { seedDemoData } from './seed.ts';

/** `pnpm --filter @pvr/api seed`: migrates and seeds the invented demo data once. */
const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: join(config.dataDir, 'pglite') });
try {
  await database.migrate();
  const started = performance.now();
  const logins = await seedDemoData(database.db, { onlyIfEmpty: true });
  if (logins.length === 0) {
    console.log('Database already has users: already seeded, nothing inserted.');
  } else {
    console.log(`Demo data seeded in ${Math.round(performance.now() - started)} ms (invented data, demo use only).`);
    console.log('Demo logins:');
    for (const login of logins) console.log(`  ${login.role.padEnd(8)} ${login.email}  password: ${login.password}`);
  }
} finally {
  await database.close();
}
