import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../client.ts';

/**
 * Test databases. TEST_DRIVER=postgres (default): each test file gets its own database,
 * cloned from a migrated template in milliseconds. TEST_DRIVER=pglite: each test file gets
 * its own in-memory PGlite, migrated from scratch. Files never share data, so they run in
 * parallel and in any order.
 */
export const testDriver = (process.env.TEST_DRIVER ?? 'postgres') as 'postgres' | 'pglite';
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const templateName = 'pvr_test_template';

const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

const admin = () => postgres(adminUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });

/** Run once before the suite (vitest globalSetup): a fresh, migrated template database. */
export async function prepareTestTemplate(): Promise<void> {
  if (testDriver !== 'postgres') return;
  const sql = admin();
  try {
    const stale = await sql<{ datname: string }[]>`select datname from pg_database where datname like 'pvr_test_%'`;
    for (const { datname } of stale) {
      await sql.unsafe(`ALTER DATABASE "${datname}" IS_TEMPLATE false`);
      await sql.unsafe(`DROP DATABASE "${datname}" WITH (FORCE)`);
    }
    await sql.unsafe(`CREATE DATABASE "${templateName}"`);
  } finally {
    await sql.end();
  }
  const template = await openDatabase({ url: withDatabase(adminUrl, templateName), maxConnections: 1 });
  await template.migrate();
  await template.close();
}

export type TestDatabase = DatabaseHandle & { url: string | undefined };

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDriver === 'pglite') {
    const handle = await openDatabase({ dataDir: 'memory://' });
    await handle.migrate();
    return { ...handle, url: undefined };
  }
  const name = `pvr_test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
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
