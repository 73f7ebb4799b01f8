import { schema, type Database, type Transaction } from '@pvr/db';
import { asc, eq, sql } from '@pvr/db/orm';
import type { retentionRunModes } from '@pvr/db/values';
import { writeAudit } from '../../../audit/audit.ts';
import { pgErrorOf } from '../../../errors.ts';
import { retryTransaction } from '../../../shared/retry-transaction.ts';
import { categoryHandlers } from './handlers.ts';
import { jobContext, type JobEnvironment } from './job-context.ts';
import { housekeepingTasks, type HousekeepingTaskName } from './housekeeping.ts';
import { clearRenewedWarnings, countWarningsDue, sendWarningBatch } from './retention-warnings.ts';
import { tryAcquireRunLock } from './run-lock.ts';
import type { CategoryHandler, RetentionCategory, RetentionRuleRow } from './types.ts';

const { retentionRules, retentionRuns } = schema;

export type RetentionRunMode = (typeof retentionRunModes)[number];
export type RetentionRunRow = typeof retentionRuns.$inferSelect;
export type RetentionRunTrigger = (typeof schema.retentionRunTriggers)[number];

/** One rule's line in a run report: counts and record ids, never names or other data. */
export type RuleReport = {
  category: RetentionCategory;
  ruleId: string;
  action: RetentionRuleRow['action'];
  durationMonths: number;
  due: number;
  exampleIds: string[];
  applied: number;
  warningsDue?: number;
  warned?: number;
  warningsCleared?: number;
  note?: string;
};

/** A fixed housekeeping step's line (`housekeeping.ts`): counts only. */
export type HousekeepingReport = { task: HousekeepingTaskName; keepHours: number; due: number; applied: number };

export type RunReport = {
  asOf: string;
  rules: RuleReport[];
  disabledCategories: RetentionCategory[];
  /** Absent in runs from before housekeeping. */
  housekeeping?: HousekeepingReport[];
  error?: { name: string; code?: string };
};

/** After each committed batch. `ids` are the records' ids where they have one (not idempotency answers); `count` is always right. */
export type BatchInfo = {
  runId: string;
  category: RetentionCategory | HousekeepingTaskName;
  step: 'apply' | 'warn' | 'housekeeping';
  batch: number;
  ids: readonly string[];
  count: number;
  processed: number;
  total: number;
};

export type RetentionJobOptions = {
  mode: RetentionRunMode;
  /** What started the run; each entry point says so. Absent only in tests that do not care (recorded as null). */
  startedVia?: RetentionRunTrigger;
  /** The job's clock: what is due is measured from here. Tests pass a fixed date. */
  now: Date;
  batchSize?: number;
  exampleLimit?: number;
  /** After each committed batch: progress for the CLI; a test may throw here to stop a run half-way. */
  afterBatch?: (info: BatchInfo) => void | Promise<void>;
  /** Stops the run between batches (server shutdown, Ctrl-C); it ends as 'interrupted'. */
  signal?: AbortSignal;
};

/** Thrown between batches when the run was asked to stop. */
class RunStopped extends Error {
  override name = 'RunStopped';
}

export type RetentionJobResult = { status: 'locked' } | { status: 'finished'; run: RetentionRunRow };

export const defaultBatchSize = 200;

/**
 * The retention job: for each enabled rule, find what is due, report it (dry run) or delete /
 * anonymise it in bounded transactions (apply). Each batch is one transaction with its audit
 * entry and the run's progress, so a run that stops leaves whole batches behind, and the next
 * run — which finds only what is still due — ends in the same state. One run at a time across
 * processes (advisory lock); a run left 'running' by a process that died is marked interrupted.
 */
export async function runRetentionJob(env: JobEnvironment, options: RetentionJobOptions): Promise<RetentionJobResult> {
  const lock = await tryAcquireRunLock(env.db);
  if (!lock) return { status: 'locked' };
  let runId: string | null = null;
  let report: RunReport | null = null;
  try {
    await markInterruptedRuns(env.db);
    const rules = await env.db.select().from(retentionRules).orderBy(asc(retentionRules.category));
    const [run] = await env.db
      .insert(retentionRuns)
      .values({ mode: options.mode, triggeredBy: env.actor?.id ?? null, startedVia: options.startedVia ?? null })
      .returning({ id: retentionRuns.id });
    if (!run) throw new Error('insert returned no row');
    runId = run.id;
    report = await planRun(env.db, rules, options);
    const total = totalOf(report);
    await env.db.update(retentionRuns).set({ total, report }).where(eq(retentionRuns.id, run.id));
    if (options.mode === 'apply') await applyRun(env, run.id, rules, report, options);
    return { status: 'finished', run: await finishRun(env, run.id, 'completed', report) };
  } catch (error) {
    if (runId && report && error instanceof RunStopped) return { status: 'finished', run: await finishRun(env, runId, 'interrupted', report) };
    if (runId) await markFailed(env, runId, report, error);
    throw error;
  } finally {
    await lock.release();
  }
}

/** What each enabled rule would do now: counts and a few example ids. */
async function planRun(db: Database, rules: RetentionRuleRow[], options: RetentionJobOptions): Promise<RunReport> {
  const exampleLimit = options.exampleLimit ?? 5;
  const planned: RuleReport[] = [];
  for (const rule of rules.filter((r) => r.enabled)) {
    const handler = categoryHandlers[rule.category];
    const line: RuleReport = {
      category: rule.category,
      ruleId: rule.id,
      action: rule.action,
      durationMonths: rule.durationMonths,
      due: await handler.countDue(db, rule, options.now),
      exampleIds: await handler.exampleIds(db, rule, options.now, exampleLimit),
      applied: 0,
      ...(handler.note ? { note: handler.note } : {}),
    };
    if (rule.category === 'inactive_candidates') Object.assign(line, { warningsDue: await countWarningsDue(db, rule, options.now), warned: 0 });
    planned.push(line);
  }
  const housekeeping: HousekeepingReport[] = [];
  for (const task of housekeepingTasks) housekeeping.push({ task: task.name, keepHours: task.keepHours, due: await task.countDue(db, options.now), applied: 0 });
  return { asOf: options.now.toISOString(), rules: planned, disabledCategories: rules.filter((r) => !r.enabled).map((r) => r.category), housekeeping };
}

/** Records to handle: every rule's due records and warnings, and the housekeeping steps'. */
const totalOf = (report: RunReport) =>
  report.rules.reduce((sum, r) => sum + r.due + (r.warningsDue ?? 0), 0) + (report.housekeeping ?? []).reduce((sum, h) => sum + h.due, 0);

async function applyRun(env: JobEnvironment, runId: string, rules: RetentionRuleRow[], report: RunReport, options: RetentionJobOptions): Promise<void> {
  const ctx = jobContext(env, runId);
  const batchSize = options.batchSize ?? defaultBatchSize;
  const progress = { processed: 0, total: totalOf(report) };
  /** Runs one step in batches, each one transaction with the run's progress, until nothing is left. */
  const inBatches = async (info: Pick<BatchInfo, 'category' | 'step'>, run: (tx: Transaction) => Promise<{ ids: string[]; count: number }>, onBatch: (count: number) => void) => {
    for (let batch = 1; ; batch += 1) {
      if (options.signal?.aborted) throw new RunStopped();
      const done = await retryTransaction(env.db, async (tx) => {
        const result = await run(tx);
        if (result.count) await tx.update(retentionRuns).set({ processed: sql`${retentionRuns.processed} + ${result.count}` }).where(eq(retentionRuns.id, runId));
        return result;
      });
      if (done.count === 0) break;
      progress.processed += done.count;
      progress.total = Math.max(progress.total, progress.processed);
      onBatch(done.count);
      await options.afterBatch?.({ runId, ...info, batch, ids: done.ids, count: done.count, ...progress });
    }
  };
  for (const line of report.rules) {
    const rule = rules.find((r) => r.id === line.ruleId);
    if (!rule) continue;
    const handler: CategoryHandler = categoryHandlers[rule.category];
    const limit = Math.min(batchSize, handler.maxBatch ?? batchSize);
    const steps: { step: 'apply' | 'warn'; run: (tx: Transaction) => Promise<string[]> }[] = [
      { step: 'apply', run: (tx) => handler.applyBatch(tx, ctx, rule, options.now, limit) },
    ];
    if (rule.category === 'inactive_candidates') {
      line.warningsCleared = await env.db.transaction((tx) => clearRenewedWarnings(tx));
      steps.push({ step: 'warn', run: (tx) => sendWarningBatch(tx, ctx, rule, options.now, limit) });
    }
    for (const { step, run } of steps) {
      await inBatches(
        { category: rule.category, step },
        async (tx) => {
          const ids = await run(tx);
          return { ids, count: ids.length };
        },
        (count) => {
          if (step === 'apply') line.applied += count;
          else line.warned = (line.warned ?? 0) + count;
        },
      );
    }
  }
  // After the rules: mail the rules queue (warnings) is pending and stays either way.
  for (const line of report.housekeeping ?? []) {
    const task = housekeepingTasks.find((t) => t.name === line.task);
    if (!task) continue;
    const apply = (tx: Transaction) => task.applyBatch(tx, ctx, options.now, batchSize);
    await inBatches({ category: task.name, step: 'housekeeping' }, apply, (count) => (line.applied += count));
  }
}

async function finishRun(env: JobEnvironment, runId: string, status: 'completed' | 'interrupted', report: RunReport): Promise<RetentionRunRow> {
  return env.db.transaction(async (tx) => {
    const [row] = await tx
      .update(retentionRuns)
      .set({ status, finishedAt: sql`now()`, report, total: sql`greatest(${retentionRuns.total}, ${retentionRuns.processed})` })
      .where(eq(retentionRuns.id, runId))
      .returning();
    if (!row) throw new Error('run row vanished');
    await writeAudit(tx, jobContext(env, runId), {
      action: row.mode === 'apply' ? 'retention.run.apply' : 'retention.run.dryRun',
      entityType: 'retention_run',
      entityId: runId,
      details: {
        startedVia: row.startedVia,
        processed: row.processed,
        due: Object.fromEntries(report.rules.map((r) => [r.category, r.due])),
        applied: Object.fromEntries(report.rules.map((r) => [r.category, r.applied])),
        housekeeping: Object.fromEntries((report.housekeeping ?? []).map((h) => [h.task, { due: h.due, applied: h.applied }])),
      },
    });
    return row;
  });
}

/** A failure is recorded by its kind only: a driver's message can quote a row's values. */
async function markFailed(env: JobEnvironment, runId: string, report: RunReport | null, error: unknown): Promise<void> {
  const code = pgErrorOf(error)?.code;
  const failure = { name: error instanceof Error ? error.name : 'Error', ...(code ? { code } : {}) };
  // The report keeps what the committed batches did; the failure is recorded by its kind.
  await env.db
    .update(retentionRuns)
    .set({ status: 'failed', finishedAt: sql`now()`, report: sql`${retentionRuns.report} || ${JSON.stringify({ ...(report ?? {}), error: failure })}::jsonb` })
    .where(eq(retentionRuns.id, runId))
    .catch(() => undefined);
}

/** Only the lock holder runs: any run still marked running died with its process. */
async function markInterruptedRuns(db: Database): Promise<number> {
  const rows = await db
    .update(retentionRuns)
    .set({ status: 'interrupted', finishedAt: sql`now()` })
    .where(eq(retentionRuns.status, 'running'))
    .returning({ id: retentionRuns.id });
  return rows.length;
}
