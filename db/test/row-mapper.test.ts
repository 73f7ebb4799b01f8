import * as drizzle from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, prebuiltQuery, schema, type Database } from '../src/index.ts';
import { asc, desc, eq, sql } from '../src/orm.ts';
import { rowMapperOf, type SelectedField } from '../src/row-mapper.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

const { users, sessions } = schema;
/** drizzle's own mapper: exported at run time, left out of its type declarations. */
const { mapResultRow } = drizzle as unknown as { mapResultRow(fields: SelectedField[], row: unknown[], joinsNotNullableMap?: Record<string, boolean>): Record<string, unknown> };

/** What drizzle's prepared query carries: the fields in select order and the join map. */
const builtOf = (query: { prepare(name: string): object }) => query.prepare('row-mapper-test') as unknown as { fields: SelectedField[]; joinsNotNullableMap?: Record<string, boolean> };

/** A raw cell as the drivers hand it over (timestamps as text: drizzle parses them). */
const rawFor = (path: string[], variant: number): unknown =>
  /At$/.test(path.at(-1)!) ? `2026-0${1 + (variant % 9)}-1${variant % 10} 08:3${variant % 10}:00.123456+00` : `${path.join('.')}-${variant}`;

describe('rowMapperOf maps rows exactly as drizzle does', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle?.close());

  const shapes = (db: Database) => ({
    plain: db.select({ id: users.id, email: users.email, createdAt: users.createdAt, kind: sql<string>`${users.role}::text` }).from(users),
    leftJoinedTable: db.select({ user: { id: users.id, email: users.email }, session: { id: sessions.id, expiresAt: sessions.expiresAt } }).from(users).leftJoin(sessions, eq(sessions.userId, users.id)),
    mixedTablesInOneObject: db.select({ pair: { sessionId: sessions.id, email: users.email }, n: sql<number>`1` }).from(users).leftJoin(sessions, eq(sessions.userId, users.id)),
    nestedFromMainTable: db.select({ profile: { email: users.email, createdAt: users.createdAt }, id: users.id }).from(users),
  });

  it('for plain, nested and left-joined selections, with nulls anywhere', () => {
    for (const [name, query] of Object.entries(shapes(handle.db))) {
      const { fields, joinsNotNullableMap } = builtOf(query);
      // Every pattern of nulls over the row's cells, each with different values.
      const rows = Array.from({ length: 2 ** fields.length }, (_, mask) => fields.map(({ path }, i) => (mask & (1 << i) ? null : rawFor(path, mask))));
      const ours = rowMapperOf(fields, joinsNotNullableMap)(rows);
      const drizzles = rows.map((row) => mapResultRow(fields, row, joinsNotNullableMap));
      expect(ours, name).toEqual(drizzles);
      expect(ours.some((row) => Object.values(row).includes(null)), `${name} has null cells`).toBe(true);
    }
  });

  it('run through prebuiltQuery: a page left-joined to its total, empty and not', async () => {
    const [user] = await handle.db.insert(users).values({ email: 'row-mapper@example.test', fullName: 'Row Mapper', role: 'staff', passwordHash: 'x' }).returning({ id: users.id });
    await handle.db.insert(sessions).values([
      { id: 'row-mapper-1', userId: user!.id, expiresAt: new Date('2030-01-01T00:00:00Z') },
      { id: 'row-mapper-2', userId: user!.id, expiresAt: new Date('2031-01-01T00:00:00Z') },
    ]);
    const build = (db: Database) => {
      const head = db.select({ total: sql<number>`count(*)::int`.as('total') }).from(sessions).where(eq(sessions.userId, sql.placeholder('userId'))).as('head');
      const page = db.select().from(sessions).where(eq(sessions.userId, sql.placeholder('userId'))).orderBy(desc(sessions.expiresAt)).limit(10).as('page');
      return db.select({ total: head.total, row: fieldsOf(page, ['id', 'expiresAt', 'ipAnonymised']) }).from(head).leftJoinLateral(page, sql`true`).orderBy(asc(page.id));
    };
    const prebuilt = prebuiltQuery(build);
    for (const userId of [user!.id, '00000000-0000-4000-8000-000000000000']) {
      const ours = await prebuilt(handle.db, { userId });
      expect(ours).toEqual(await build(handle.db).execute({ userId }));
      expect(ours[0]!.row === null).toBe(userId !== user!.id);
    }
  });
});
