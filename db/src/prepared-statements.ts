import type { Sql } from 'postgres';

/**
 * How many distinct statement texts may be kept prepared. Each connection holds a server-side
 * plan cache entry per text; texts beyond this (a list of ids of a new length, raw SQL built
 * per call) run unnamed, as before.
 */
export const preparedStatementLimit = 1_000;

/**
 * drizzle hands postgres.js every query it did not name with `prepare: false`, and for such
 * a query with parameters postgres.js asks the server for the parameter types first (Parse,
 * Describe, Flush — a round trip) and only then sends Bind and Execute: two round trips and
 * two socket writes per statement, and the text parsed on every call. Prepared, a statement
 * is parsed once per connection and then costs one round trip (bench/README.md).
 * This wraps the client drizzle gets, its transactions, savepoints and reserved connections,
 * to prepare the texts it sees (up to the limit). Only the PostgreSQL driver; PGlite runs in
 * the process.
 */
export function preparingClient(client: Sql, limit = preparedStatementLimit): Sql {
  const known = new Set<string>();
  const shouldPrepare = (text: string) => {
    if (known.has(text)) return true;
    if (known.size >= limit) return false;
    known.add(text);
    return true;
  };
  const wrap = (sql: Sql): Sql =>
    new Proxy(sql, {
      get(target, property, receiver) {
        if (property === 'unsafe') {
          return (text: string, parameters?: unknown[], options?: { prepare?: boolean }) =>
            target.unsafe(text, parameters as never, { ...options, prepare: shouldPrepare(text) });
        }
        if (property === 'reserve') {
          return async () => wrap(await target.reserve());
        }
        if (property === 'begin' || property === 'savepoint') {
          const scoped = Reflect.get(target, property, receiver) as (...args: unknown[]) => Promise<unknown>;
          return (...args: unknown[]) => {
            const work = args.pop() as (inner: Sql) => unknown;
            return scoped.call(target, ...args, (inner: Sql) => work(wrap(inner)));
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  return wrap(client);
}
