import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { type sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { sendsCommitBehindLastStatement } from './commit-behind.ts';
import { postgresUrlParts } from './connection-url.ts';
import { preparingClient } from './prepared-statements.ts';
import * as schema from './schema/index.ts';
import { statementCountingLogger } from './statement-counter.ts';

export type Schema = typeof schema;
/** The one database type the application codes against, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; it has the same query API as `Database`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Either: what a single statement, or a read that needs no transaction, runs on. */
export type Queryable = Database | Transaction;
export type Driver = 'postgres' | 'pglite';

export type DatabaseHandle = {
  db: Database;
  driver: Driver;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  migrate(): Promise<void>;
  close(): Promise<void>;
};

export type DatabaseOptions = {
  /** PostgreSQL connection URL. When absent, the embedded PGlite database is used. */
  url?: string | undefined;
  /** Where PGlite keeps its files; `memory://` for a throwaway database. */
  dataDir?: string | undefined;
  /** Connections in the PostgreSQL pool. */
  maxConnections?: number;
  /**
   * A role every PostgreSQL session switches to (e.g. `pvr_app`, migration 0004), so the
   * API holds only the privileges it needs. Unset: the login role's own privileges.
   */
  appRole?: string | undefined;
  /**
   * Named prepared statements (default): each statement is parsed once per connection and then
   * costs one round trip (`prepared-statements.ts`). Off for a pooler that cannot keep them.
   */
  prepare?: boolean | undefined;
};

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * Opens PostgreSQL through the `postgres` driver when a URL is given, else embedded PGlite.
 * Both give the same drizzle API, so the rest of the code has one path.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  return options.url
    ? openPostgres(options.url, options.maxConnections ?? 10, options.appRole, options.prepare ?? true)
    : openPglite(options.dataDir ?? '.data/pglite');
}

function openPostgres(givenUrl: string, max: number, appRole: string | undefined, prepare: boolean): DatabaseHandle {
  const { url, socketDirectory } = postgresUrlParts(givenUrl);
  const client = postgres(url, {
    ...(socketDirectory ? { host: socketDirectory } : {}),
    max,
    // A dropped connection during start-up must fail fast, not hang (see ARCHITECTURE.md).
    connect_timeout: 5,
    // Reconnect every 0.25–0.5 s while PostgreSQL is away: queued queries are refused one per
    // attempt, and the driver's default pause grows to 20 s, which holds requests and delays
    // recovery that long (api/test/reliability/database-restart.test.ts).
    backoff: () => 0.25 + Math.random() / 4,
    idle_timeout: 60,
    max_lifetime: 60 * 30,
    // No JIT: compiling a plan costs 100+ ms, far more than the short queries it would speed up.
    connection: { statement_timeout: 15_000, application_name: 'personvernregister', jit: 'off', ...(appRole ? { role: appRole } : {}) },
    onnotice: () => {},
  });
  const db = drizzlePostgres(prepare ? preparingClient(client) : client, { schema, logger: statementCountingLogger }) as unknown as Database;
  sendsCommitBehindLastStatement(db);
  return {
    db,
    driver: 'postgres',
    ping: async () => {
      await client`select 1`;
    },
    migrate: async () => {
      await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  // Contrib extensions the migrations create (0005, search) must be handed to PGlite up front.
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
  const db = drizzlePglite(client, { schema, logger: statementCountingLogger }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    migrate: async () => {
      await migratePglite(drizzlePglite(client), { migrationsFolder });
    },
    close: () => client.close(),
  };
}

/** Rows of a raw `db.execute(sql...)`, which the two drivers shape differently. */
export async function queryRows<T>(db: Database | Transaction, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}
