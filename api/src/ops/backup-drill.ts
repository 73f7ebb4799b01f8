import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase, queryRows, type Database } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import { verifyAuditChain } from '../audit/verify-chain.ts';

const run = promisify(execFile);

export type DrillReport = {
  dumpBytes: number;
  tables: number;
  rows: number;
  mismatches: { table: string; source: number; restored: number }[];
  auditChain: { ok: boolean; entries: number; brokenSeq?: number };
  seconds: number;
};

const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/** Row counts of every table in the register's schemas, found from the catalogue. */
async function rowCounts(db: Database): Promise<Map<string, number>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_schema || '.' || table_name as name from information_schema.tables
        where table_schema in ('public', 'newsletter') and table_type = 'BASE TABLE' order by 1`,
  );
  const counts = new Map<string, number>();
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${name.split('.').map((p) => `"${p}"`).join('.')}`));
    counts.set(name, row?.n ?? 0);
  }
  return counts;
}

/**
 * The restore drill: pg_dump (custom format) the source database, pg_restore it into a fresh
 * database, then compare every table's row count and verify the restored audit chain.
 * Triggers are restored after the data (post-data section), so the chain is copied, not re-linked.
 */
export async function runBackupDrill(sourceUrl: string, adminUrl: string): Promise<DrillReport> {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'pvr-drill-'));
  const dumpFile = join(work, 'register.dump');
  const restoredName = `pvr_drill_${Date.now()}`;
  const admin = await openDatabase({ url: adminUrl, maxConnections: 1 });
  try {
    await run('pg_dump', ['--format=custom', '--file', dumpFile, sourceUrl]);
    await admin.db.execute(sql.raw(`CREATE DATABASE "${restoredName}"`));
    const restoredUrl = withDatabase(adminUrl, restoredName);
    await run('pg_restore', ['--exit-on-error', '--no-owner', '--dbname', restoredUrl, dumpFile]);
    const source = await openDatabase({ url: sourceUrl, maxConnections: 1 });
    const restored = await openDatabase({ url: restoredUrl, maxConnections: 1 });
    try {
      const [before, after] = [await rowCounts(source.db), await rowCounts(restored.db)];
      const mismatches = [...before].filter(([table, n]) => after.get(table) !== n).map(([table, n]) => ({ table, source: n, restored: after.get(table) ?? -1 }));
      const verdict = await verifyAuditChain(restored.db);
      return {
        dumpBytes: statSync(dumpFile).size,
        tables: before.size,
        rows: [...before.values()].reduce((a, b) => a + b, 0),
        mismatches,
        auditChain: verdict.ok ? { ok: true, entries: verdict.entries } : { ok: false, entries: verdict.entries, brokenSeq: verdict.brokenSeq },
        seconds: (Date.now() - started) / 1000,
      };
    } finally {
      await source.close();
      await restored.close();
    }
  } finally {
    await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`)).catch(() => undefined);
    await admin.close();
    rmSync(work, { recursive: true, force: true });
  }
}
