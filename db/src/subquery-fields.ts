/**
 * The named fields of a subquery, to select them as one nested object: a page left-joined to a
 * one-row head (`select({ total: head.total, row: fieldsOf(page, keys) })`) comes back as
 * `row: null` where the page is empty, and drizzle still maps each field as its column.
 */
export function fieldsOf<S extends object, K extends keyof S>(subquery: S, keys: readonly K[]): Pick<S, K> {
  return Object.fromEntries(keys.map((key) => [key, subquery[key]])) as Pick<S, K>;
}
