import { and, asc, eq, getTableColumns, ilike, inArray, notExists, or, sql, type SQL } from '@pvr/db/orm';
import { countHead, schema, selectPageWithTotal, type Transaction } from '@pvr/db';
import { z } from 'zod';
import { writeAudit } from '../../audit/audit.ts';
import type { RequestContext } from '../../context.ts';
import { AppError, badInput, conflict, notFound } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import { decodeCursor, keysetPage, likePattern } from '../../shared/cursor.ts';
import { parseInput } from '../../validation.ts';
import { createProcessorInput, idInput, processorListInput, processorRuleViolations, updateProcessorInput } from './processors.inputs.ts';

const { processors, processorAgreements, processingActivityProcessors } = schema;
export type ProcessorRow = typeof processors.$inferSelect;

// Reads of the register are not audited: it describes vendors, not a data subject's personal
// data. Every change is audited, in the same transaction, with ids only.

const nameKey = sql`lower(${processors.name})`;
const byName = [asc(nameKey), asc(processors.id)];
const processorColumns = getTableColumns(processors);
const processorKeys = Object.keys(processorColumns) as (keyof typeof processorColumns)[];

function afterCursor(cursor: string): SQL {
  const [name, id] = decodeCursor(cursor, 2);
  if (typeof name !== 'string' || !z.uuid().safeParse(id).success) {
    throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this list', { field: 'after' });
  }
  return sql`(${nameKey}, ${processors.id}) > (lower(${name}::text), ${id}::uuid)`;
}

/** A page of the register by name and the total of its filter, in one statement. */
export async function listProcessors(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(processorListInput, rawArgs);
  const filters: SQL[] = [];
  if (args.search) {
    const pattern = likePattern(args.search);
    filters.push(
      or(ilike(processors.name, pattern), ilike(processors.organisationNumber, pattern), ilike(processors.serviceDescription, pattern)) as SQL,
    );
  }
  if (args.role) filters.push(eq(processors.role, args.role));
  const where = filters.length ? and(...filters) : undefined;
  const pageWhere = args.after ? and(where, afterCursor(args.after)) : where;

  const head = countHead(ctx.db, processors, where);
  const page = ctx.db
    .select({ ...processorColumns, nameKey: sql<string>`${nameKey}`.as('name_key') })
    .from(processors)
    .where(pageWhere)
    .orderBy(...byName)
    .limit(args.first + 1)
    .as('page');
  const { total, rows } = await selectPageWithTotal(ctx.db, head, page, processorKeys, (p) => [asc(p.nameKey), asc(p.id)]);
  return { ...keysetPage(rows, args.first, (processor) => [processor.name, processor.id]), totalCount: total };
}

export async function getProcessor(ctx: RequestContext, rawId: string): Promise<ProcessorRow> {
  const { id } = parseInput(idInput, { id: rawId });
  const [row] = await ctx.db.select().from(processors).where(eq(processors.id, id));
  if (!row) throw notFound('Processor');
  return row;
}

/** Vendors that reach personal data without any signed agreement, for the dashboard warning. */
export async function listProcessorsWithoutSignedAgreement(ctx: RequestContext): Promise<ProcessorRow[]> {
  const signed = ctx.db
    .select({ one: sql`1` })
    .from(processorAgreements)
    .where(and(eq(processorAgreements.processorId, processors.id), eq(processorAgreements.status, 'signed')));
  return ctx.db
    .select()
    .from(processors)
    .where(and(eq(processors.hasPersonalDataAccess, true), notExists(signed)))
    .orderBy(...byName);
}

/** Processors by id for nested fields (parent processor, an agreement's processor): one statement per level. */
export const processorById = defineLoader<string, ProcessorRow>(async (ctx, ids) => {
  const rows = await ctx.db.select().from(processors).where(inArray(processors.id, [...ids]));
  return byKey<string, ProcessorRow | Error, ProcessorRow>(ids, rows, (r) => r.id, () => notFound('Processor'), ([row]) => row as ProcessorRow);
});

export async function createProcessor(ctx: RequestContext, rawInput: unknown): Promise<ProcessorRow> {
  const input = parseInput(createProcessorInput, rawInput);
  return ctx.db.transaction(async (tx) => {
    if (input.parentProcessorId) await assertParentAllowed(tx, null, input.parentProcessorId);
    const [row] = await tx.insert(processors).values(input).returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, ctx, { action: 'processor.create', entityType: 'processor', entityId: row.id, details: { role: row.role } });
    return row;
  });
}

export async function updateProcessor(ctx: RequestContext, rawId: string, rawInput: unknown): Promise<ProcessorRow> {
  const { id } = parseInput(idInput, { id: rawId });
  const input = parseInput(updateProcessorInput, rawInput);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(processors).where(eq(processors.id, id)).for('update');
    if (!existing) throw notFound('Processor');
    const changes = { ...input };
    // Leaving the sub-processor role drops the parent link unless the caller set it.
    if (changes.role && changes.role !== 'sub_processor' && changes.parentProcessorId === undefined) changes.parentProcessorId = null;
    const merged = { ...existing, ...changes };
    const [violation] = processorRuleViolations(merged);
    if (violation) throw badInput(violation.field, violation.message);
    if (merged.parentProcessorId && merged.parentProcessorId !== existing.parentProcessorId) {
      await assertParentAllowed(tx, id, merged.parentProcessorId);
    }
    if (merged.role === 'independent_controller' && existing.role !== 'independent_controller') {
      const children = await tx.$count(processors, eq(processors.parentProcessorId, id));
      if (children > 0) throw conflict('This processor has sub-processors; move them first', 'role');
    }
    const [row] = await tx
      .update(processors)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(processors.id, id))
      .returning();
    if (!row) throw notFound('Processor');
    await writeAudit(tx, ctx, { action: 'processor.update', entityType: 'processor', entityId: id, details: { fields: Object.keys(changes) } });
    return row;
  });
}

/**
 * Deletes a vendor and its unsigned agreements. Refused while a signed agreement, a
 * sub-processor or a processing activity (Art. 30 record) still points at it.
 */
export async function deleteProcessor(ctx: RequestContext, rawId: string): Promise<string> {
  const { id } = parseInput(idInput, { id: rawId });
  return ctx.db.transaction(async (tx) => {
    const [usage] = await tx
      .select({
        // Compared with the id parameter, not the outer column: drizzle writes columns in a
        // single-table select list without their table name.
        signed: sql<number>`(select count(*) from ${processorAgreements} where ${processorAgreements.processorId} = ${id} and ${processorAgreements.status} = 'signed')::int`,
        children: sql<number>`(select count(*) from ${processors} as child where child.parent_processor_id = ${id})::int`,
        activities: sql<number>`(select count(*) from ${processingActivityProcessors} where ${processingActivityProcessors.processorId} = ${id})::int`,
      })
      .from(processors)
      .where(eq(processors.id, id))
      .for('update');
    if (!usage) throw notFound('Processor');
    if (usage.signed > 0) throw conflict('The processor still has signed agreements; end or terminate them first');
    if (usage.children > 0) throw conflict('The processor still has sub-processors');
    if (usage.activities > 0) throw conflict('The processor is still part of a processing activity');
    const agreements = await tx.select({ id: processorAgreements.id }).from(processorAgreements).where(eq(processorAgreements.processorId, id));
    await tx.delete(processors).where(eq(processors.id, id));
    await writeAudit(tx, ctx, {
      action: 'processor.delete',
      entityType: 'processor',
      entityId: id,
      details: { deletedAgreementIds: agreements.map((a) => a.id) },
    });
    return id;
  });
}

/**
 * A parent must exist, be a processor or sub-processor, and not sit below the processor itself
 * (walks up the chain; chains are short).
 */
async function assertParentAllowed(tx: Transaction, selfId: string | null, parentId: string): Promise<void> {
  let current: string | null = parentId;
  for (let depth = 0; current; depth += 1) {
    if (current === selfId) throw badInput('parentProcessorId', 'A processor cannot sit below itself');
    if (depth > 20) throw badInput('parentProcessorId', 'The chain of sub-processors is too deep');
    const [row]: { role: string; parentProcessorId: string | null }[] = await tx
      .select({ role: processors.role, parentProcessorId: processors.parentProcessorId })
      .from(processors)
      .where(eq(processors.id, current));
    if (!row) throw badInput('parentProcessorId', 'The parent processor does not exist');
    if (depth === 0 && row.role === 'independent_controller') {
      throw badInput('parentProcessorId', 'The parent must be a processor or a sub-processor');
    }
    if (!selfId) return;
    current = row.parentProcessorId;
  }
}
