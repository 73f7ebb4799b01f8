import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { migrationsFolder, openDatabase, type DatabaseHandle } from '../client.ts';

/**
 * Test databases. TEST_DRIVER=postgres (default): each test file gets its own database,
 * cloned from a migrated template in milliseconds. TEST_DRIVER=pglite: each test file gets
 * its own in-memory PGlite, migrated from scratch. Files never share data, so they run in
 * parallel and in any order.
 */
export const testDriver = (process.env.TEST_DRIVER ?? 'postgres') as 'postgres' | 'pglite';
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Named after the migrations it holds, so a changed migration gets a new template. */
const templateName = `pvr_test_template_${createHash('sha256')
  .update(readdirSync(migrationsFolder, { recursive: true, encoding: 'utf8' }).sort().filter((f) => f.endsWith('.sql')).map((f) => readFileSync(join(migrationsFolder, f), 'utf8')).join('\n'))
  .digest('hex')
  .slice(0, 12)}`;

const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

const admin = () => postgres(adminUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });

/**
 * Run once before the suite (vitest globalSetup): makes sure a migrated template exists.
 * Safe when several suites start at once: an advisory lock orders them, the template is built
 * under a temporary name and renamed when complete, and only unused test databases are dropped.
 */
export async function prepareTestTemplate(): Promise<void> {
  if (testDriver !== 'postgres') return;
  const sql = admin();
  try {
    await sql`select pg_advisory_lock(727001)`;
    // Only databases an hour old or more: a younger one may belong to a suite running now
    // that has created it but not yet connected. Names carry their creation time.
    // Templates carry their build time in a comment: another suite may be cloning an older one.
    const leftovers = await sql<{ datname: string; note: string | null }[]>`
      select datname, shobj_description(oid, 'pg_database') as note from pg_database
      where datname like 'pvr_test_%' and datname <> ${templateName}`;
    const stale = leftovers.filter(({ datname, note }) => ageOf(note ? `${datname}_${note}_` : datname) > 3_600_000);
    for (const { datname } of stale) {
      await sql.unsafe(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined); // in use by another suite: leave it
    }
    const [existing] = await sql`select 1 from pg_database where datname = ${templateName}`;
    if (!existing) {
      const building = `pvr_test_building_${Date.now()}_${randomUUID().replaceAll('-', '').slice(0, 8)}`;
      await sql.unsafe(`CREATE DATABASE "${building}"`);
      const template = await openDatabase({ url: withDatabase(adminUrl, building), maxConnections: 1 });
      await template.migrate();
      await template.close();
      await sql.unsafe(`ALTER DATABASE "${building}" RENAME TO "${templateName}"`);
      await sql.unsafe(`COMMENT ON DATABASE "${templateName}" IS '${Date.now()}'`);
    }
  } finally {
    await sql`select pg_advisory_unlock(727001)`.catch(() => undefined);
    await sql.end();
  }
}

/** Milliseconds since a test database was made, from the time in its name (old names: very old). */
function ageOf(name: string): number {
  const made = [...name.matchAll(/_(\d{13})_/g)].at(-1)?.[1];
  return made ? Date.now() - Number(made) : Number.POSITIVE_INFINITY;
}

export type TestDatabase = DatabaseHandle & { url: string | undefined };

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDriver === 'pglite') {
    const handle = await openDatabase({ dataDir: 'memory://' });
    await handle.migrate();
    return { ...handle, url: undefined };
  }
  const name = `pvr_test_${Date.now()}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const sql = admin();
  try {
    await sql.unsafe(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  } finally {
    await sql.end();
  }
  const url = withDatabase(adminUrl, name);
  const handle = await openDatabase({ url, maxConnections: 5 });
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      const cleanup = admin();
      try {
        await cleanup.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
