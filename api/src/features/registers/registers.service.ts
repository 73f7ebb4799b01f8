import { schema, type Transaction } from '@pvr/db';
import { and, asc, eq, inArray, notInArray, sql } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import type { RequestContext } from '../../context.ts';
import { badInput, notFound } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import { parseInput } from '../../validation.ts';
import type { ProcessorRow } from '../processors/processors.service.ts';
import { activityIdInput, createProcessingActivityInput, updateProcessingActivityInput } from './registers.inputs.ts';

const { processingActivities: activities, processingActivityProcessors: links, processors, retentionRules } = schema;
export type ProcessingActivityRow = typeof activities.$inferSelect;

// The record describes processing, not a person: reads are not audited; every change is.

export async function listProcessingActivities(ctx: RequestContext): Promise<ProcessingActivityRow[]> {
  return ctx.db.select().from(activities).orderBy(asc(sql`lower(${activities.name})`), asc(activities.id));
}

export async function getProcessingActivity(ctx: RequestContext, rawId: string): Promise<ProcessingActivityRow> {
  const { id } = parseInput(activityIdInput, { id: rawId });
  const [row] = await ctx.db.select().from(activities).where(eq(activities.id, id));
  if (!row) throw notFound('Processing activity');
  return row;
}

/** The processors of many activities in one statement, by name. */
export const processorsByActivity = defineLoader<string, ProcessorRow[]>(async (ctx, ids) => {
  const rows = await ctx.db
    .select({ activityId: links.activityId, processor: processors })
    .from(links)
    .innerJoin(processors, eq(processors.id, links.processorId))
    .where(inArray(links.activityId, [...ids]))
    .orderBy(asc(sql`lower(${processors.name})`), asc(processors.id));
  return byKey(ids, rows, (r) => r.activityId, () => [], (list) => list.map((r) => r.processor));
});

export async function createProcessingActivity(ctx: RequestContext, rawInput: unknown): Promise<ProcessingActivityRow> {
  const { processorIds, ...input } = parseInput(createProcessingActivityInput, rawInput);
  return ctx.db.transaction(async (tx) => {
    await assertReferencesExist(tx, processorIds, input.retentionRuleId);
    const [row] = await tx.insert(activities).values(input).returning();
    if (!row) throw new Error('insert returned no row');
    if (processorIds.length) await tx.insert(links).values(processorIds.map((processorId) => ({ activityId: row.id, processorId })));
    await writeAudit(tx, ctx, {
      action: 'processingActivity.create',
      entityType: 'processing_activity',
      entityId: row.id,
      details: { legalBasis: row.legalBasis, retentionRuleId: row.retentionRuleId, processorIds },
    });
    return row;
  });
}

export async function updateProcessingActivity(ctx: RequestContext, rawId: string, rawInput: unknown): Promise<ProcessingActivityRow> {
  const { id } = parseInput(activityIdInput, { id: rawId });
  const { processorIds, ...fields } = parseInput(updateProcessingActivityInput, rawInput);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: activities.id }).from(activities).where(eq(activities.id, id)).for('update');
    if (!existing) throw notFound('Processing activity');
    await assertReferencesExist(tx, processorIds ?? [], fields.retentionRuleId ?? null);
    const [row] = await tx
      .update(activities)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(activities.id, id))
      .returning();
    if (!row) throw notFound('Processing activity');
    if (processorIds) {
      await tx.delete(links).where(and(eq(links.activityId, id), processorIds.length ? notInArray(links.processorId, processorIds) : undefined));
      if (processorIds.length) {
        await tx.insert(links).values(processorIds.map((processorId) => ({ activityId: id, processorId }))).onConflictDoNothing();
      }
    }
    await writeAudit(tx, ctx, {
      action: 'processingActivity.update',
      entityType: 'processing_activity',
      entityId: id,
      details: { changed: Object.keys(fields).filter((k) => fields[k as keyof typeof fields] !== undefined), processorIds: processorIds ?? null },
    });
    return row;
  });
}

/** Named errors for unknown processors or rule; the rows are share-locked against a concurrent delete. */
async function assertReferencesExist(tx: Transaction, processorIds: string[], retentionRuleId: string | null): Promise<void> {
  if (processorIds.length) {
    const found = await tx.select({ id: processors.id }).from(processors).where(inArray(processors.id, processorIds)).for('share');
    if (found.length !== processorIds.length) throw badInput('processorIds', 'A processor in the list does not exist');
  }
  if (retentionRuleId) {
    const [rule] = await tx.select({ id: retentionRules.id }).from(retentionRules).where(eq(retentionRules.id, retentionRuleId)).for('share');
    if (!rule) throw badInput('retentionRuleId', 'The retention rule does not exist');
  }
}
