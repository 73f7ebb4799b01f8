import { countHead, schema, selectPageWithTotal } from '@pvr/db';
import { asc, desc, eq, getTableColumns, inArray, sql, type AnyColumn } from '@pvr/db/orm';
import { z } from 'zod';
import { writeAudit } from '../../audit/audit.ts';
import { requireRecentAuthentication } from '../../auth/reauth.ts';
import { requireActor, type RequestContext } from '../../context.ts';
import { AppError, badInput, conflict, notFound } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import { decodeCursor, keysetPage } from '../../shared/cursor.ts';
import { parseInput } from '../../validation.ts';
import { categoryHandlers } from './job/handlers.ts';
import { runRetentionJob, type RetentionRunRow, type RunReport } from './job/run-job.ts';
import type { RetentionRuleRow } from './job/types.ts';
import { retentionIdInput, retentionRuleViolations, retentionRunListInput, runRetentionInput, updateRetentionRuleInput } from './retention.inputs.ts';

const { retentionRules, retentionRuns } = schema;
export type { RetentionRuleRow } from './job/types.ts';
export type { RetentionRunRow } from './job/run-job.ts';

// Rules and run reports describe policy and hold record ids, not a person's data: reads are not
// audited. Every change and every run is.

export async function listRetentionRules(ctx: RequestContext): Promise<RetentionRuleRow[]> {
  return ctx.db.select().from(retentionRules).orderBy(asc(retentionRules.category));
}

/** Rules of many activities (Art. 30 record) in one statement. */
export const retentionRuleById = defineLoader<string, RetentionRuleRow | null>(async (ctx, ids) => {
  const rows = await ctx.db.select().from(retentionRules).where(inArray(retentionRules.id, [...ids]));
  return byKey(ids, rows, (r) => r.id, () => null, ([row]) => row ?? null);
});

export async function updateRetentionRule(ctx: RequestContext, rawId: string, rawInput: unknown): Promise<RetentionRuleRow> {
  const { id } = parseInput(retentionIdInput, { id: rawId });
  const input = parseInput(updateRetentionRuleInput, rawInput);
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(retentionRules).where(eq(retentionRules.id, id)).for('update');
    if (!before) throw notFound('Retention rule');
    const [violation] = retentionRuleViolations({ ...before, ...input });
    if (violation) throw badInput(violation.field, violation.message);
    const [row] = await tx
      .update(retentionRules)
      .set({ ...input, updatedAt: new Date(), updatedBy: actor.id })
      .where(eq(retentionRules.id, id))
      .returning();
    if (!row) throw notFound('Retention rule');
    const changed = (Object.keys(input) as (keyof typeof input)[]).filter((key) => input[key] !== undefined && input[key] !== before[key]);
    await writeAudit(tx, ctx, {
      action: 'retentionRule.update',
      entityType: 'retention_rule',
      entityId: id,
      details: {
        category: row.category,
        changed,
        durationMonths: { from: before.durationMonths, to: row.durationMonths },
        enabled: { from: before.enabled, to: row.enabled },
      },
    });
    return row;
  });
}

const runColumns = { ...getTableColumns(retentionRuns), sortKey: sql<string>`${retentionRuns.startedAt}::text`.as('sort_key') };
const runKeys = Object.keys(runColumns) as (keyof typeof runColumns)[];
/** The table or the page subquery: the same order inside and around it. */
const newestFirstOf = (rows: Record<'startedAt' | 'id', AnyColumn>) => [desc(rows.startedAt), desc(rows.id)];

/**
 * Runs, newest first, with their total in the same statement. The cursor carries started_at as
 * PostgreSQL text (microseconds).
 */
export async function listRetentionRuns(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(retentionRunListInput, rawArgs);
  const after = args.after ? afterCursor(args.after) : undefined;
  const head = countHead(ctx.db, retentionRuns);
  const page = ctx.db.select(runColumns).from(retentionRuns).where(after).orderBy(...newestFirstOf(retentionRuns)).limit(args.first + 1).as('page');
  const { total, rows } = await selectPageWithTotal(ctx.db, head, page, runKeys, newestFirstOf);
  const { nodes, pageInfo } = keysetPage(rows, args.first, (run) => [run.sortKey, run.id]);
  return { nodes: nodes.map(({ sortKey: _sortKey, ...run }): RetentionRunRow => run), totalCount: total, pageInfo };
}

function afterCursor(cursor: string) {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || !z.uuid().safeParse(id).success) throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this list', { field: 'after' });
  return sql`(${retentionRuns.startedAt}, ${retentionRuns.id}) < (${at}::timestamptz, ${id}::uuid)`;
}

export async function getRetentionRun(ctx: RequestContext, rawId: string): Promise<RetentionRunRow> {
  const { id } = parseInput(retentionIdInput, { id: rawId });
  const [row] = await ctx.db.select().from(retentionRuns).where(eq(retentionRuns.id, id));
  if (!row) throw notFound('Retention run');
  return row;
}

/**
 * Runs the job now and answers with its run when it is done (the dashboard polls
 * retentionRuns for progress meanwhile). Applying deletes data: it needs a fresh password check.
 */
export async function runRetentionNow(ctx: RequestContext, rawArgs: unknown): Promise<RetentionRunRow> {
  const { dryRun } = parseInput(runRetentionInput, rawArgs);
  if (!dryRun) requireRecentAuthentication(ctx);
  const result = await runRetentionJob(
    { db: ctx.db, config: ctx.config, actor: requireActor(ctx), ipAnonymised: ctx.ipAnonymised, requestId: ctx.requestId },
    { mode: dryRun ? 'dry_run' : 'apply', startedVia: 'dashboard', now: new Date() },
  );
  if (result.status === 'locked') throw conflict('A retention run is already in progress; try again when it has finished');
  return result.run;
}

export type RetentionDueRow = { category: RetentionRuleRow['category']; rule: RetentionRuleRow; due: number };

/** For the overview: how much each enabled rule would remove now. Counts only, no run. */
export async function retentionDueCounts(ctx: RequestContext, now = new Date()): Promise<RetentionDueRow[]> {
  const rules = await ctx.db.select().from(retentionRules).where(eq(retentionRules.enabled, true)).orderBy(asc(retentionRules.category));
  const counts = await Promise.all(rules.map((rule) => categoryHandlers[rule.category].countDue(ctx.db, rule, now)));
  return rules.map((rule, i) => ({ category: rule.category, rule, due: counts[i] ?? 0 }));
}

/** The report as stored (jsonb), read defensively: older runs may lack newer fields. */
export function reportOf(run: RetentionRunRow): RunReport {
  const report = run.report as Partial<RunReport>;
  return {
    asOf: report.asOf ?? run.startedAt.toISOString(),
    rules: report.rules ?? [],
    disabledCategories: report.disabledCategories ?? [],
    housekeeping: report.housekeeping ?? [],
    ...(report.error ? { error: report.error } : {}),
  };
}
