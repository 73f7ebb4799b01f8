import type { Sql } from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, schema, type Database } from '../src/index.ts';
import { eq, sql } from '../src/orm.ts';
import { preparingClient } from '../src/prepared-statements.ts';
import { createTestDatabase, testDriver, type TestDatabase } from '../src/testing/index.ts';

type Call = { text: string; options: { prepare?: boolean } };

/** A stand-in for postgres.js: records what `unsafe` is asked, and scopes like begin/savepoint. */
function fakeClient(calls: Call[]): Sql {
  const client = {
    options: { parsers: {} },
    unsafe: (text: string, _parameters: unknown[], options: { prepare?: boolean }) => calls.push({ text, options }),
    begin: (mode: string, work: (inner: Sql) => unknown) => work(fakeClient(calls)),
    savepoint: (work: (inner: Sql) => unknown) => work(fakeClient(calls)),
  };
  return client as unknown as Sql;
}

describe('prepared statements for drizzle on postgres.js', () => {
  it('prepares what drizzle sends unnamed, in transactions and savepoints too, up to the limit', async () => {
    const calls: Call[] = [];
    const client = preparingClient(fakeClient(calls), 2);
    client.unsafe('select 1', [], { prepare: false });
    await client.begin('read write', async (tx) => {
      tx.unsafe('select 2', [], { prepare: false });
      await tx.savepoint(async (inner) => inner.unsafe('select 1', [], { prepare: false }));
    });
    client.unsafe('select 3', [], { prepare: false });
    expect(calls.map((c) => [c.text, c.options.prepare])).toEqual([
      ['select 1', true],
      ['select 2', true],
      ['select 1', true],
      // Beyond the limit a new text runs unnamed, as drizzle asked.
      ['select 3', false],
    ]);
    expect((client as unknown as { options: object }).options).toEqual({ parsers: {} });
  });

  /** Runs the same lookup twice in a transaction and counts the statements its session holds for it. */
  const preparedUserLookups = (db: Database) =>
    db.transaction(async (tx) => {
      await tx.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, 'nobody@example.test'));
      await tx.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, 'nobody-else@example.test'));
      const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from pg_prepared_statements where statement like ${'%from "users" where "users"."email" = $1%'}`);
      return row?.n;
    });

  describe.runIf(testDriver === 'postgres')('on PostgreSQL', () => {
    let handle: TestDatabase;
    beforeAll(async () => {
      handle = await createTestDatabase();
    });
    afterAll(() => handle?.close());

    it('keeps a parameterised query prepared on the connection, inside a transaction as outside', async () => {
      expect(await preparedUserLookups(handle.db)).toBe(1);
    });

    it('prepares nothing when told not to (a pooler that cannot keep prepared statements)', async () => {
      const unprepared = await openDatabase({ url: handle.url, maxConnections: 1, prepare: false });
      try {
        expect(await preparedUserLookups(unprepared.db)).toBe(0);
      } finally {
        await unprepared.close();
      }
    });
  });
});
