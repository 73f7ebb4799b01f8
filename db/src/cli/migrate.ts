import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../client.ts';

/** `pnpm db:migrate`: applies the committed migrations to DATABASE_URL, or to the embedded database. */
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const dataDir = join(resolve(repositoryRoot, process.env.DATA_DIR ?? '.data'), 'pglite');
const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir });
try {
  await database.migrate();
  console.log(`Migrated ${database.driver === 'pglite' ? `embedded database in ${dataDir}` : 'PostgreSQL at DATABASE_URL'}`);
} finally {
  await database.close();
}
