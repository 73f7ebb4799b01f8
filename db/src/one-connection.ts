import { PostgresJsDatabase, PostgresJsSession } from 'drizzle-orm/postgres-js';
import type { Sql } from 'postgres';
import type { Database } from './client.ts';

/** What drizzle keeps on a postgres.js session; not in its public types. */
type SessionParts = { client: Sql; dialect: unknown; schema: unknown; options: unknown };

/**
 * Runs `work` on one connection of the pool, reserved for it, without a transaction. Statements
 * sent together then go out in one socket write and are run by one server process, one after
 * the other, where the pool would hand each to another connection: a write, a wake-up of a
 * server process and a reply each (bench/README.md). Nothing else uses the connection meanwhile.
 * `work` must not wait for a statement on `db` itself (the pool): with every connection
 * reserved by such work, that statement would wait for ever. On PGlite, `work(db)`.
 */
export async function onOneConnection<T>(db: Database, work: (db: Database) => Promise<T>): Promise<T> {
  const base = db._.session as unknown;
  if (!(base instanceof PostgresJsSession)) return work(db);
  const { client, dialect, schema, options } = base as unknown as SessionParts;
  const reserved = await client.reserve();
  try {
    // What drizzle's own transactions do on the connection they are given, without BEGIN.
    const session = new PostgresJsSession(reserved as never, dialect as never, schema as never, options as never);
    return await work(new PostgresJsDatabase(dialect as never, session, schema as never) as unknown as Database);
  } finally {
    reserved.release();
  }
}
