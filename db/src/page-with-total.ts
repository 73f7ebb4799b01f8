import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from './client.ts';
import { fieldsOf } from './subquery-fields.ts';

/** A drizzle subquery (`select(…).as(name)`): its selected fields are properties of it. */
type Subquery = { readonly _: { readonly alias: string } };
type Head = Subquery & { pageTotal: SQL.Aliased<number> };

/**
 * The head of a page: how many rows of `table` match `where` (the list's filter, without its
 * cursor). Its field is named `page_total` because the outer select names it unqualified, and
 * a table may well have a column called `total` (retention runs do).
 */
export const countHead = (db: Queryable, table: PgTable, where?: SQL) =>
  db.select({ pageTotal: sql<number>`count(*)::int`.as('page_total') }).from(table).where(where).as('head');

/**
 * A keyset page and the total of its filter in one statement: the one-row total (`head`, from
 * `countHead`) left-joined laterally to the page (`…orderBy(…).limit(n).as('page')`), so an
 * empty page still answers with its total and a list costs one round trip, not two. `order`
 * is the page's own order applied to the subquery's fields: a lateral join keeps no order of
 * its own. `keys` are the page's fields to return, mapped by drizzle as their columns. (The
 * candidates list and the consent history build the same shape once, as prebuilt queries.)
 */
export async function selectPageWithTotal<P extends Subquery, K extends keyof P & string>(
  db: Queryable,
  head: Head,
  page: P,
  keys: readonly K[],
  order: (page: P) => SQL[],
): Promise<{ total: number; rows: { [F in K]: P[F] extends SQL.Aliased<infer T> ? T : P[F] extends { _: { data: infer D } } ? D : never }[] }> {
  const result = (await db
    .select({ total: head.pageTotal, row: fieldsOf(page, keys) as never })
    .from(head as never)
    .leftJoinLateral(page as never, sql`true`)
    .orderBy(...order(page))) as { total: number; row: Record<K, unknown> | null }[];
  return { total: result[0]?.total ?? 0, rows: result.flatMap(({ row }) => (row ? [row as never] : [])) };
}
