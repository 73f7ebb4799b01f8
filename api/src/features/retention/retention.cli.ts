import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@pvr/db';
import { loadConfig } from '../../config.ts';
import { ensureDefaultRetentionRules } from './default-rules.ts';
import { runRetentionJob } from './job/run-job.ts';
import { reportOf } from './retention.service.ts';

/**
 * `pnpm retention:run [--dry-run] [--batch-size N]`: runs the retention job now, prints progress
 * per batch and the report (counts and record ids, never names). Ctrl-C stops it between
 * batches; running it again finishes the work. Exit code 1 when another run holds the lock.
 */
const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, 'batch-size': { type: 'string' } } });
const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0 && batchSize <= 10_000)) {
  console.error('Usage: pnpm retention:run [--dry-run] [--batch-size <1-10000>]');
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: join(config.dataDir, 'pglite'), maxConnections: 2 });
const stop = new AbortController();
process.on('SIGINT', () => {
  console.log('\nStopping after the current batch…');
  stop.abort();
});
try {
  await database.migrate();
  await ensureDefaultRetentionRules(database.db);
  const mode = values['dry-run'] ? 'dry_run' : 'apply';
  console.log(`Retention run (${mode === 'dry_run' ? 'dry run: nothing is changed' : 'apply'}) as of ${new Date().toISOString()}`);
  const result = await runRetentionJob(
    { db: database.db, config },
    {
      mode,
      startedVia: 'cli',
      now: new Date(),
      ...(batchSize ? { batchSize } : {}),
      signal: stop.signal,
      afterBatch: (b) => console.log(`  ${b.category} ${b.step} batch ${b.batch}: ${b.count} (${b.processed}/${b.total})`),
    },
  );
  if (result.status === 'locked') {
    console.error('Another retention run is in progress; nothing was done.');
    process.exitCode = 1;
  } else {
    const { run } = result;
    const report = reportOf(run);
    console.log(`Run ${run.id}: ${run.status}, ${run.processed} of ${run.total} handled`);
    for (const rule of report.rules) {
      const warnings = rule.warningsDue !== undefined ? `, warnings due ${rule.warningsDue}, sent ${rule.warned ?? 0}` : '';
      const note = rule.note ? ` (${rule.note})` : '';
      console.log(`  ${rule.category.padEnd(30)} due ${String(rule.due).padStart(5)}, ${rule.action === 'anonymise' ? 'anonymised' : 'deleted'} ${String(rule.applied).padStart(5)}${warnings}${note}`);
      if (rule.exampleIds.length) console.log(`    e.g. ${rule.exampleIds.join(', ')}`);
    }
    for (const step of report.housekeeping ?? []) {
      console.log(`  ${step.task.padEnd(30)} due ${String(step.due).padStart(5)}, deleted ${String(step.applied).padStart(5)} (kept ${step.keepHours} h)`);
    }
    if (report.disabledCategories.length) console.log(`  disabled: ${report.disabledCategories.join(', ')}`);
  }
} catch (error) {
  console.error(`Retention run failed: ${error instanceof Error ? error.name : 'error'}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
