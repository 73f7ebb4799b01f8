import { Column, getTableName, is, SQL, Subquery } from 'drizzle-orm';

/** A selected field as drizzle's built query lists it: where it goes in the result and what it is. */
export type SelectedField = { path: string[]; field: unknown };
type Decoder = { mapFromDriverValue(value: unknown): unknown };

/**
 * Maps a prebuilt query's rows (arrays, in `fields` order) to objects exactly as drizzle's
 * `mapResultRow` does, with the per-column decisions taken once instead of on every cell:
 * which decoder a field has, where it goes, and which joined objects become `null`. drizzle
 * re-decides them for every cell (`is()` checks, a `path.entries()` iterator and an array per
 * cell); on a page of 50 candidates with their consent states that was the API's largest
 * allocation and ~8% of its CPU (bench/README.md, eighth round).
 */
export function rowMapperOf(fields: SelectedField[], joinsNotNullableMap: Record<string, boolean> | undefined): (rows: unknown[][]) => Record<string, unknown>[] {
  const paths = fields.map(({ path }) => path);
  const decoders = fields.map(({ field }) => decoderOf(field));
  const nullable = nullableObjects(fields, joinsNotNullableMap);
  return (rows) =>
    rows.map((row) => {
      const result: Record<string, unknown> = {};
      for (let i = 0; i < paths.length; i++) {
        const path = paths[i]!;
        const raw = row[i];
        const value = raw === null ? null : decoders[i]!.mapFromDriverValue(raw);
        let node = result;
        for (let depth = 0; depth < path.length - 1; depth++) node = (node[path[depth]!] ??= {}) as Record<string, unknown>;
        node[path[path.length - 1]!] = value;
      }
      for (const { name, firstColumn } of nullable) if (row[firstColumn] === null) result[name] = null;
      return result;
    });
}

/** drizzle's choice of decoder (its `decoder` on SQL is internal, hence the casts). */
function decoderOf(field: unknown): Decoder {
  const decoderOfSql = (sql: unknown) => (sql as { decoder: Decoder }).decoder;
  if (is(field, Column)) return field;
  if (is(field, SQL)) return decoderOfSql(field);
  if (is(field, Subquery)) return decoderOfSql((field as unknown as { _: { sql: SQL } })._.sql);
  return decoderOfSql((field as SQL.Aliased).sql);
}

/**
 * drizzle's rule for a left-joined object (`{ row: { …columns } }` from a joined table or
 * subquery): it is `null` when its first column is null, if all its columns come from one
 * table and that table is not marked not-nullable in the join map.
 */
function nullableObjects(fields: SelectedField[], joinsNotNullableMap: Record<string, boolean> | undefined) {
  if (!joinsNotNullableMap) return [];
  const objects = new Map<string, { firstColumn: number; table: string | false }>();
  fields.forEach(({ path, field }, index) => {
    if (path.length !== 2 || !is(field, Column)) return;
    const name = path[0]!;
    const table = getTableName(field.table);
    const seen = objects.get(name);
    if (!seen) objects.set(name, { firstColumn: index, table });
    else if (seen.table !== table) seen.table = false;
  });
  return [...objects]
    .filter(([, { table }]) => table !== false && !joinsNotNullableMap[table])
    .map(([name, { firstColumn }]) => ({ name, firstColumn }));
}
