import { queryRows, type Database } from '@pvr/db';
import { sql } from '@pvr/db/orm';

/**
 * Bulk-load helpers. Loading 1,000,000 rows with every index and a foreign-key trigger per row
 * costs minutes; building the indexes once afterwards and checking each foreign key with one
 * anti-join costs seconds, and proves the same thing.
 */
export async function withIndexesDeferred(db: Database, table: string, work: () => Promise<unknown>): Promise<void> {
  const indexes = await queryRows<{ name: string; definition: string }>(
    db,
    sql`SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename = ${table}
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
  for (const index of indexes) await db.execute(sql.raw(`DROP INDEX "${index.name}"`));
  await work();
  for (const index of indexes) await db.execute(sql.raw(index.definition));
}

/**
 * Foreign-key triggers are off while loading (session_replication_role = replica, which needs a
 * superuser, as the bench database's owner is); this checks every single-column foreign key of
 * the loaded tables afterwards, set-based, and fails loudly on the first orphan.
 */
export async function verifyForeignKeys(db: Database): Promise<number> {
  const keys = await queryRows<{ name: string; child: string; column: string; parent: string; parent_column: string }>(
    db,
    sql`SELECT c.conname AS name, c.conrelid::regclass::text AS child, a.attname AS column,
               c.confrelid::regclass::text AS parent, pa.attname AS parent_column
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
        WHERE c.contype = 'f' AND cardinality(c.conkey) = 1`,
  );
  for (const key of keys) {
    const [row] = await queryRows<{ orphans: number }>(
      db,
      sql.raw(`SELECT count(*)::int AS orphans FROM ${key.child} c WHERE c."${key.column}" IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE p."${key.parent_column}" = c."${key.column}")`),
    );
    if (row && row.orphans > 0) throw new Error(`Foreign key ${key.name}: ${row.orphans} rows point nowhere`);
  }
  return keys.length;
}
