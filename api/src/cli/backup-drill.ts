import { runBackupDrill } from '../ops/backup-drill.ts';

/**
 * `pnpm backup:drill`: backs up DATABASE_URL with pg_dump, restores it into a fresh database
 * on the same server, compares row counts and verifies the audit chain, then drops the copy.
 */
const sourceUrl = process.env.DATABASE_URL;
if (!sourceUrl) {
  console.error('Set DATABASE_URL to the database to drill (PostgreSQL).');
  process.exit(2);
}
const adminUrl = process.env.DRILL_ADMIN_URL ?? Object.assign(new URL(sourceUrl), { pathname: '/postgres' }).toString();
const report = await runBackupDrill(sourceUrl, adminUrl);
console.log(`dump: ${(report.dumpBytes / 1024).toFixed(0)} KiB · tables: ${report.tables} · rows: ${report.rows} · ${report.seconds.toFixed(1)} s`);
console.log(`row counts: ${report.mismatches.length === 0 ? 'identical' : `${report.mismatches.length} tables differ: ${JSON.stringify(report.mismatches)}`}`);
console.log(`audit chain on the restored copy: ${report.auditChain.ok ? `intact (${report.auditChain.entries} entries)` : `BROKEN at seq ${report.auditChain.brokenSeq}`}`);
process.exitCode = report.mismatches.length === 0 && report.auditChain.ok ? 0 : 1;
