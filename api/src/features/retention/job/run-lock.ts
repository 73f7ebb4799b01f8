import { queryRows, type Database } from '@pvr/db';
import { sql } from '@pvr/db/orm';

/** Any constant, shared by every process that runs the job. */
export const retentionLockKey = 7_234_010;

export type RunLock = { release(): Promise<void> };

type ReservedConnection = {
  <T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]>;
  release(): void;
};
type PostgresClient = { reserve(): Promise<ReservedConnection> };

/** Databases this process is running the job on: an advisory lock is re-entrant per session. */
const runningHere = new WeakSet<object>();

/**
 * Takes the job's lock, or answers null when another run holds it — in this process or any
 * other. On PostgreSQL the session-level pg_try_advisory_lock is taken on a connection reserved
 * from the pool for the whole run, so the unlock reaches the same session, and a process that
 * dies loses its connection and with it the lock. Embedded PGlite has one session in one
 * process: the same advisory lock is taken there, and the in-process guard does the rest.
 */
export async function tryAcquireRunLock(db: Database): Promise<RunLock | null> {
  if (runningHere.has(db)) return null;
  runningHere.add(db);
  try {
    const client = (db as unknown as { $client?: Partial<PostgresClient> }).$client;
    const lock = typeof client?.reserve === 'function' ? await lockOnReservedConnection(client as PostgresClient) : await lockOnSession(db);
    if (!lock) runningHere.delete(db);
    return lock && {
      release: async () => {
        try {
          await lock.release();
        } finally {
          runningHere.delete(db);
        }
      },
    };
  } catch (error) {
    runningHere.delete(db);
    throw error;
  }
}

async function lockOnReservedConnection(client: PostgresClient): Promise<RunLock | null> {
  const connection = await client.reserve();
  try {
    const [row] = await connection<{ locked: boolean }>`select pg_try_advisory_lock(${retentionLockKey}) as locked`;
    if (!row?.locked) {
      connection.release();
      return null;
    }
  } catch (error) {
    connection.release();
    throw error;
  }
  return {
    release: async () => {
      try {
        await connection`select pg_advisory_unlock(${retentionLockKey})`;
      } finally {
        connection.release();
      }
    },
  };
}

async function lockOnSession(db: Database): Promise<RunLock | null> {
  const [row] = await queryRows<{ locked: boolean }>(db, sql`select pg_try_advisory_lock(${retentionLockKey}) as locked`);
  if (!row?.locked) return null;
  return {
    release: async () => {
      await db.execute(sql`select pg_advisory_unlock(${retentionLockKey})`);
    },
  };
}
