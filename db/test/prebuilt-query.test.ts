import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prebuiltQuery, prebuiltQueryByShape, schema, statementCountingLogger, type Database } from '../src/index.ts';
import { and, asc, eq, sql } from '../src/orm.ts';
import { createTestDatabase, testDriver, type TestDatabase } from '../src/testing/index.ts';

const { users } = schema;

const seedUsers = (db: Database) =>
  db
    .insert(users)
    .values([
      { email: 'prebuilt-a@example.test', fullName: 'Prebuilt A', role: 'partner', passwordHash: 'x' },
      { email: 'prebuilt-b@example.test', fullName: 'Prebuilt B', role: 'staff', passwordHash: 'x' },
      { email: 'prebuilt-c@example.test', fullName: 'Prebuilt C', role: 'staff', passwordHash: 'x', status: 'disabled', disabledAt: new Date() },
    ])
    .returning({ id: users.id, email: users.email });

describe('prebuilt queries (SQL built once, run on any handle)', () => {
  let handle: TestDatabase;
  let ids: Record<string, string>;
  beforeAll(async () => {
    handle = await createTestDatabase();
    ids = Object.fromEntries((await seedUsers(handle.db)).map((u) => [u.email.slice(9, 10), u.id]));
  });
  afterAll(() => handle?.close());

  const usersByIds = prebuiltQuery((db) =>
    db
      .select({ id: users.id, email: users.email, createdAt: users.createdAt, kind: sql<string>`${users.role}::text` })
      .from(users)
      .where(sql`${users.id} = any(${sql.placeholder('ids')}::uuid[])`)
      .orderBy(asc(users.email)),
  );

  it('maps rows exactly as drizzle does (dates as Date, SQL fields), for lists of any length', async () => {
    const two = await usersByIds(handle.db, { ids: [ids.b, ids.a] });
    const direct = await handle.db
      .select({ id: users.id, email: users.email, createdAt: users.createdAt, kind: sql<string>`${users.role}::text` })
      .from(users)
      .where(sql`${users.id} in (${ids.a}, ${ids.b})`)
      .orderBy(asc(users.email));
    expect(two).toEqual(direct);
    expect(two[0]?.createdAt).toBeInstanceOf(Date);
    expect(await usersByIds(handle.db, { ids: [ids.c] })).toHaveLength(1);
    expect(await usersByIds(handle.db, { ids: [] })).toEqual([]);
  });

  it("runs in the caller's transaction: it sees that transaction's uncommitted rows", async () => {
    await handle.db
      .transaction(async (tx) => {
        const [created] = await tx.insert(users).values({ email: 'prebuilt-tx@example.test', fullName: 'In Tx', role: 'staff', passwordHash: 'x' }).returning({ id: users.id });
        expect(await usersByIds(tx, { ids: [created!.id] })).toHaveLength(1);
        // PGlite has one connection: a read outside would wait for this transaction to end.
        if (testDriver === 'postgres') expect(await usersByIds(handle.db, { ids: [created!.id] })).toHaveLength(0);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || !/rollback/i.test(error.message)) throw error;
      });
  });

  it('builds one text per shape, reuses it, and logs every run as a statement', async () => {
    let built = 0;
    const byRole = prebuiltQueryByShape((db, shape: { active: boolean }) => {
      built += 1;
      return db
        .select({ email: users.email })
        .from(users)
        .where(and(eq(users.role, sql.placeholder('role')), shape.active ? eq(users.status, 'active') : undefined))
        .orderBy(asc(users.email));
    });
    const seen: string[] = [];
    const original = statementCountingLogger.logQuery.bind(statementCountingLogger);
    statementCountingLogger.logQuery = (query, params) => {
      seen.push(query);
      original(query, params);
    };
    try {
      const all = await byRole(handle.db, { active: false }, { role: 'staff' });
      const active = await byRole(handle.db, { active: true }, { role: 'staff' });
      await byRole(handle.db, { active: true }, { role: 'partner' });
      expect(all.map((r) => r.email)).toEqual(expect.arrayContaining(['prebuilt-b@example.test', 'prebuilt-c@example.test']));
      expect(active.map((r) => r.email)).toContain('prebuilt-b@example.test');
      expect(active.map((r) => r.email)).not.toContain('prebuilt-c@example.test');
    } finally {
      statementCountingLogger.logQuery = original;
    }
    expect(built).toBe(2);
    expect(seen).toHaveLength(3);
  });
});
