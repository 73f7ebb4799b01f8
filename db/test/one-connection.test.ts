import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onOneConnection, queryRows } from '../src/index.ts';
import { sql } from '../src/orm.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

describe('reads on one connection of the pool', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle?.close());

  const backendAndTransaction = sql`select pg_backend_pid() as pid, txid_current()::text as xid`;

  it('sends the statements given together to one server process, each in a transaction of its own', async () => {
    const rows = await onOneConnection(handle.db, (db) => Promise.all([1, 2, 3, 4].map(() => queryRows<{ pid: number; xid: string }>(db, backendAndTransaction))));
    expect(new Set(rows.map(([row]) => row!.pid)).size).toBe(1);
    // No BEGIN: each statement commits on its own (in one transaction they would share an id).
    expect(new Set(rows.map(([row]) => row!.xid)).size).toBe(4);
  });

  it('gives the connection back, also when the work fails', async () => {
    for (let i = 0; i < 12; i++) {
      await expect(onOneConnection(handle.db, async (db) => {
        await queryRows(db, sql`select 1`);
        throw new Error('work failed');
      })).rejects.toThrow('work failed');
    }
    // More rounds than the pool has connections: none was kept.
    const [row] = await onOneConnection(handle.db, (db) => queryRows<{ one: number }>(db, sql`select 1 as one`));
    expect(row).toEqual({ one: 1 });
  });
});
