import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Database, Transaction } from './client.ts';
import { rowMapperOf, type SelectedField } from './row-mapper.ts';

type Db = Database | Transaction;
type Template = { query: { sql: string; params: unknown[] }; fields: SelectedField[]; mapRows: (rows: unknown[][]) => unknown[] };
type Executable<TResult> = { execute(values?: Record<string, unknown>): Promise<TResult> };
type Preparable<TResult> = { prepare(name: string): Executable<TResult> };
/** What drizzle's PgSession offers both drivers (postgres.js and PGlite); internal, hence typed here. */
type Session = {
  prepareQuery(query: Template['query'], fields: unknown, name: string | undefined, arrayMode: boolean, mapRows: Template['mapRows']): Executable<unknown>;
};

/**
 * A select whose SQL is built once, with `sql.placeholder(name)` for what changes per call,
 * and then run on any database handle or transaction. drizzle builds a query from scratch on
 * every call: ~80 µs of walking SQL chunks and `is()` checks, and much of a hot request's
 * garbage, for a text that never changes (bench/README.md). drizzle's own `.prepare()` keeps
 * the built query but binds it to the handle it was built on, and these reads run in the
 * request's audited transaction, so this keeps what `.prepare()` produced (text, parameters
 * with their placeholders, result fields) and hands it to the session of the handle given.
 * Results are mapped exactly as drizzle maps them, by a mapper made once (row-mapper.ts);
 * parameters still go through their columns' encoders. Key lists: `matchesIds` (below), one
 * text for one key and one for any other number.
 */
export function prebuiltQuery<TResult>(build: (db: Db) => Preparable<TResult>) {
  let template: Template | undefined;
  return (db: Db, values: Record<string, unknown> = {}): Promise<TResult> => {
    template ??= templateOf(build(db).prepare('prebuilt'));
    const session = (db as unknown as { session: Session }).session;
    return session.prepareQuery(template.query, template.fields, undefined, true, template.mapRows).execute(values) as Promise<TResult>;
  };
}

function templateOf(prepared: object): Template {
  const { query, fields, joinsNotNullableMap } = prepared as { query?: Template['query']; fields?: SelectedField[]; joinsNotNullableMap?: Record<string, boolean> };
  // Guards against a drizzle upgrade that renames its internals: fail at the first call, loudly.
  if (!query || typeof query.sql !== 'string' || !Array.isArray(query.params) || !Array.isArray(fields)) {
    throw new Error('prebuiltQuery: drizzle prepared query without query/fields; check drizzle-orm internals after an upgrade');
  }
  return { query, fields, mapRows: rowMapperOf(fields, joinsNotNullableMap) };
}

/**
 * prebuiltQuery for a query whose shape varies (which filters are set, which sort): one built
 * text per shape, made on first use. The shape must be small and closed (flags and enum
 * values, never user text): it is the cache key.
 */
export function prebuiltQueryByShape<TShape, TResult>(build: (db: Db, shape: TShape) => Preparable<TResult>) {
  const byShape = new Map<string, (db: Db, values?: Record<string, unknown>) => Promise<TResult>>();
  return (db: Db, shape: TShape, values: Record<string, unknown> = {}): Promise<TResult> => {
    const key = JSON.stringify(shape);
    let query = byShape.get(key);
    if (!query) byShape.set(key, (query = prebuiltQuery((handle) => build(handle, shape))));
    return query(db, values);
  };
}

/**
 * `column = any($ids::uuid[])` for a statement built for many keys, `column = $ids::uuid` for one
 * built for a single key; pass the value through `idsValue`. PostgreSQL plans a prepared
 * statement for its values five times, then keeps one generic plan only if that plan's estimate
 * is no worse than theirs. For an array parameter it guesses several elements, so a statement
 * run for one id (a candidate's own page) never passes and is planned again on every call:
 * about half the database's time for the candidate page (bench/README.md, seventh round).
 * Built for one key, the generic plan estimates what the custom one does and is kept.
 */
export const matchesIds = (column: AnyColumn | SQL, one: boolean, name = 'ids'): SQL =>
  one ? sql`${column} = ${sql.placeholder(name)}::uuid` : sql`${column} = any(${sql.placeholder(name)}::uuid[])`;

/** The value for `matchesIds`' placeholder: the one key, or the list. */
export const idsValue = (ids: readonly string[]): string | readonly string[] => (ids.length === 1 ? ids[0]! : ids);
