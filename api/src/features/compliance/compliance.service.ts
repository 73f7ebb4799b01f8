import { countHead, schema, selectPageWithTotal } from '@pvr/db';
import { and, asc, eq, getTableColumns, gt, inArray, isNotNull, isNull, lt, sql, type AnyColumn, type SQL } from '@pvr/db/orm';
import { z } from 'zod';
import { writeAudit } from '../../audit/audit.ts';
import { requireActor, type RequestContext } from '../../context.ts';
import { AppError, badInput, conflict, notFound } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import { decodeCursor, keysetPage } from '../../shared/cursor.ts';
import { parseInput } from '../../validation.ts';
import type { AgreementRow } from '../processors/agreements.service.ts';
import { osloToday } from '../../shared/oslo-dates.ts';
import { attestComplianceTaskInput, complianceChecklists, complianceTaskListInput } from './compliance.inputs.ts';
import { keepComplianceTasksCurrent } from './task-upkeep.ts';

const { complianceTasks, processorAgreements, sessions } = schema;
export type ComplianceTaskRow = typeof complianceTasks.$inferSelect;
export type ChecklistItem = { key: string; label: string; done: boolean; automatic: boolean };

// Tasks are about the firm's own routines, not a data subject's data: reads are not audited.

const taskColumns = getTableColumns(complianceTasks);
const taskKeys = Object.keys(taskColumns) as (keyof typeof taskColumns)[];
/** The table or the page subquery: the same order inside and around it. */
const soonestDueOf = (rows: Record<'dueOn' | 'id', AnyColumn>) => [asc(rows.dueOn), asc(rows.id)];

const isOverdue = (today: string) => and(isNull(complianceTasks.attestedAt), lt(complianceTasks.dueOn, today));

/**
 * A page of tasks, soonest due first, with its total in the same statement. A read only: the
 * list is kept current by the server at start-up and on its daily schedule, and by the
 * mutations that change it.
 */
export async function listComplianceTasks(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(complianceTaskListInput, rawArgs);
  const today = osloToday();
  const filters: SQL[] = [];
  if (args.filter?.kind) filters.push(eq(complianceTasks.kind, args.filter.kind));
  if (args.filter?.overdue === true) filters.push(isOverdue(today) as SQL);
  if (args.filter?.overdue === false) filters.push(sql`not (${isOverdue(today)})`);
  if (args.filter?.attested === true) filters.push(isNotNull(complianceTasks.attestedAt));
  if (args.filter?.attested === false) filters.push(isNull(complianceTasks.attestedAt));
  const where = filters.length ? and(...filters) : undefined;
  const head = countHead(ctx.db, complianceTasks, where);
  const page = ctx.db
    .select(taskColumns)
    .from(complianceTasks)
    .where(args.after ? and(where, afterCursor(args.after)) : where)
    .orderBy(...soonestDueOf(complianceTasks))
    .limit(args.first + 1)
    .as('page');
  const { total, rows } = await selectPageWithTotal(ctx.db, head, page, taskKeys, soonestDueOf);
  return { ...keysetPage(rows, args.first, (task) => [task.dueOn, task.id]), totalCount: total };
}

function afterCursor(cursor: string): SQL {
  const [dueOn, id] = decodeCursor(cursor, 2);
  if (typeof dueOn !== 'string' || !z.iso.date().safeParse(dueOn).success || !z.uuid().safeParse(id).success) {
    throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this list', { field: 'after' });
  }
  return sql`(${complianceTasks.dueOn}, ${complianceTasks.id}) > (${dueOn}::date, ${id}::uuid)`;
}

/** For the overview: open tasks past their due date. */
export async function countOverdueComplianceTasks(ctx: RequestContext): Promise<number> {
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(complianceTasks).where(isOverdue(osloToday()));
  return row?.n ?? 0;
}

export const isTaskOverdue = (task: ComplianceTaskRow, today = osloToday()) => task.attestedAt === null && task.dueOn < today;

/** Open sessions per user, for the departure checklist's automatic tick: one statement per page. */
export const openSessionsByUser = defineLoader<string, number>(async (ctx, userIds) => {
  const rows = await ctx.db
    .select({ userId: sessions.userId, n: sql<number>`count(*)::int` })
    .from(sessions)
    .where(and(inArray(sessions.userId, [...userIds]), gt(sessions.expiresAt, new Date())))
    .groupBy(sessions.userId);
  return byKey(userIds, rows, (r) => r.userId, () => 0, ([row]) => row?.n ?? 0);
});

const { document: _document, ...agreementColumns } = getTableColumns(processorAgreements);

export const agreementById = defineLoader<string, AgreementRow | null>(async (ctx, ids) => {
  const rows = await ctx.db.select(agreementColumns).from(processorAgreements).where(inArray(processorAgreements.id, [...ids]));
  return byKey(ids, rows, (r) => r.id, () => null, ([row]) => row ?? null);
});

/** The checklist as shown: the stored ticks, with the automatic one checked live while open. */
export async function checklistOf(ctx: RequestContext, task: ComplianceTaskRow): Promise<ChecklistItem[]> {
  const liveSessions = task.kind === 'departure_checklist' && task.userId && !task.attestedAt ? await openSessionsByUser(ctx).load(task.userId) : 0;
  return complianceChecklists[task.kind].map((item) => ({
    key: item.key,
    label: item.label,
    automatic: item.automatic ?? false,
    done: item.automatic && !task.attestedAt ? liveSessions === 0 : task.checklist[item.key] === true,
  }));
}

/**
 * Attests that a task was done: who and when are recorded, with the ticks. A departure checklist
 * needs every tick, and the system checks that no session of the user is left. Attesting a
 * yearly task makes the next year's.
 */
export async function attestComplianceTask(ctx: RequestContext, rawInput: unknown): Promise<ComplianceTaskRow> {
  const input = parseInput(attestComplianceTaskInput, rawInput);
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const [task] = await tx.select().from(complianceTasks).where(eq(complianceTasks.id, input.id)).for('update');
    if (!task) throw notFound('Compliance task');
    if (task.attestedAt) throw conflict('This task is already attested', 'id');
    const definitions = complianceChecklists[task.kind];
    const given = new Map((input.checklist ?? []).map((item) => [item.key, item.done]));
    const unknown = [...given.keys()].find((key) => !definitions.some((d) => d.key === key));
    if (unknown) throw badInput('checklist', `Unknown checklist item for this task: ${definitions.map((d) => d.key).join(', ')}`);
    const ticks: Record<string, boolean> = {};
    for (const item of definitions) {
      if (item.automatic) {
        const [open] = task.userId
          ? await tx.select({ n: sql<number>`count(*)::int` }).from(sessions).where(and(eq(sessions.userId, task.userId), gt(sessions.expiresAt, new Date())))
          : [{ n: 0 }];
        if ((open?.n ?? 0) > 0) throw badInput('checklist', 'The user still has open sessions: disable the account first');
        ticks[item.key] = true;
      } else if (task.kind === 'departure_checklist' || input.checklist) {
        // A departure must be ticked item by item; other tasks may be attested as a whole.
        if (given.get(item.key) !== true) throw badInput('checklist', `Every item must be done before attesting: ${item.key}`);
        ticks[item.key] = true;
      } else {
        ticks[item.key] = true;
      }
    }
    const [row] = await tx
      .update(complianceTasks)
      .set({ checklist: ticks, notes: input.notes, attestedBy: actor.id, attestedAt: new Date() })
      .where(eq(complianceTasks.id, task.id))
      .returning();
    if (!row) throw notFound('Compliance task');
    await writeAudit(tx, ctx, {
      action: 'complianceTask.attest',
      entityType: 'compliance_task',
      entityId: row.id,
      details: { kind: row.kind, dueOn: row.dueOn, userId: row.userId, agreementId: row.agreementId, checklist: ticks },
    });
    await keepComplianceTasksCurrent(tx, ctx, osloToday());
    return row;
  });
}
