import { queryRows, type Database } from '@pvr/db';
import { sql, type SQL } from '@pvr/db/orm';

/** For the erasure tests; not a test file itself. */
type Column = { table_schema: string; table_name: string; column_name: string; data_type: string; udt_name: string };

/** Separators people put inside numbers and names; stripped on both sides before comparing. */
const separators = `[[:space:]().+-]`;

/**
 * Every text, varchar, json/jsonb, text[]/varchar[] and bytea column of every table in the
 * public and newsletter schemas, discovered from information_schema (no table list to forget),
 * searched for each needle: case-insensitively, and again with spaces, dots, dashes, brackets
 * and plus signs removed from both, so `938 27 164` and `+47 93827164` are found as well.
 * Returns `schema.table.column` for each column that holds any needle.
 */
export async function scanForIdentifiers(db: Database, needles: string[]): Promise<string[]> {
  const columns = await queryRows<Column>(
    db,
    sql`select c.table_schema, c.table_name, c.column_name, c.data_type, c.udt_name
          from information_schema.columns c
          join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
         where c.table_schema in ('public', 'newsletter') and t.table_type = 'BASE TABLE'
           and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea') or c.udt_name in ('_text', '_varchar'))
         order by 1, 2, 3`,
  );
  const hits: string[] = [];
  for (const column of columns) {
    const ref = sql`${sql.identifier(column.column_name)}`;
    const conditions: SQL[] =
      column.data_type === 'bytea'
        ? needles.flatMap((n) => [n, n.toLowerCase(), n.toUpperCase()]).map((n) => sql`position(convert_to(${n}, 'UTF8') in ${ref}) > 0`)
        : needles.map(
            (n) => sql`(strpos(lower(${ref}::text), lower(${n})) > 0
                    or strpos(regexp_replace(lower(${ref}::text), ${separators}, '', 'g'), regexp_replace(lower(${n}), ${separators}, '', 'g')) > 0)`,
          );
    const [row] = await queryRows<{ n: number | string }>(
      db,
      sql`select count(*) as n from ${sql.identifier(column.table_schema)}.${sql.identifier(column.table_name)} where ${sql.join(conditions, sql` or `)}`,
    );
    if (Number(row?.n ?? 0) > 0) hits.push(`${column.table_schema}.${column.table_name}.${column.column_name}`);
  }
  return hits;
}

/** Needles for a person: as stored, and as people write them. */
export const needlesFor = (p: { name: string; email: string; phone: string; digits: string; spaced: string }) => [p.email, p.name, p.phone, p.digits, p.spaced];
