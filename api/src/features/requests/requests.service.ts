import type { Transaction } from '@pvr/db';
import { countHead, schema, selectPageWithTotal } from '@pvr/db';
import { and, asc, eq, getTableColumns, gte, inArray, lt, lte, sql, type SQL } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import { auditedRead } from '../../audit/audited-reads.ts';
import type { RequestContext } from '../../context.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { decodeCursor, keysetPage } from '../../shared/cursor.ts';
import { parseInput } from '../../validation.ts';
import { addCalendarDays, deadlineOf, openStatuses } from './deadlines.ts';
import { osloToday, type CalendarDate } from '../../shared/oslo-dates.ts';
import { registerRequestInput, requestIdInput, requestListInput, requestsDueSoonInput } from './requests.inputs.ts';

const { dataSubjectRequests: requests, candidates, users } = schema;
export type RequestRow = typeof requests.$inferSelect;

/** The person a request is about: its candidate when linked, else the request itself. */
export const subjectOf = (row: Pick<RequestRow, 'id' | 'candidateId'>) =>
  row.candidateId ? { type: 'candidate', id: row.candidateId } : { type: 'request', id: row.id };

/** NOT_FOUND that also names the input field, so a form can show it in place. */
export const notFoundOn = (entity: string, field: string) => new AppError('NOT_FOUND', `${entity} not found`, { entity, field });

const isOpenSql = inArray(requests.status, [...openStatuses]);

/**
 * The deadline in force, in SQL, the same as deadlines.ts#effectiveDueOn: while paused, moved by
 * the Oslo days paused so far. `today` comes from Node so both sides agree on the date.
 */
function effectiveDue(today: CalendarDate): SQL<string> {
  const paused = sql`${isOpenSql} and ${requests.identityRequestedAt} is not null and ${requests.identityVerifiedAt} is null`;
  const pausedSoFar = sql`greatest(0, ${today}::date - (${requests.identityRequestedAt} at time zone 'Europe/Oslo')::date)`;
  return sql<string>`(coalesce(${requests.extendedDueOn}, ${requests.dueOn}) + case when ${paused} then ${pausedSoFar} else 0 end)`;
}

const requestColumns = getTableColumns(requests);
const pageKeys = [...(Object.keys(requestColumns) as (keyof typeof requestColumns)[]), 'sortKey'] as const;

const cursorShape = { due: /^\d{4}-\d{2}-\d{2}$/, id: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i };

function afterCursor(after: string, due: SQL): SQL {
  const [at, id] = decodeCursor(after, 2);
  if (typeof at !== 'string' || typeof id !== 'string' || !cursorShape.due.test(at) || !cursorShape.id.test(id)) {
    throw badInput('after', 'after: not a cursor from this list');
  }
  return sql`(${due}, ${requests.id}) > (${at}::date, ${id}::uuid)`;
}

/**
 * A page of requests by the deadline in force, soonest first, with its total: one statement and
 * one audit entry.
 * A paused request's deadline moves with the date, so a cursor kept past midnight may repeat or
 * skip such a request once; the list is re-read daily anyway.
 */
export async function listRequests(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(requestListInput, rawArgs);
  const due = effectiveDue(osloToday());
  const filters: SQL[] = [];
  if (args.status) filters.push(eq(requests.status, args.status));
  if (args.kind) filters.push(eq(requests.kind, args.kind));
  if (args.dueBefore) filters.push(sql`${due} <= ${args.dueBefore}::date`);
  const where = filters.length ? and(...filters) : undefined;
  const pageWhere = args.after ? and(where, afterCursor(args.after, due)) : where;
  return auditedRead(ctx, async (db) => {
    const head = countHead(db, requests, where);
    const pageRows = db
      .select({ ...requestColumns, sortKey: sql<string>`to_char(${due}, 'YYYY-MM-DD')`.as('sort_key') })
      .from(requests)
      .where(pageWhere)
      .orderBy(sql`${due} asc`, asc(requests.id))
      .limit(args.first + 1)
      .as('page');
    // 'YYYY-MM-DD' text sorts as the date it spells.
    const { total, rows } = await selectPageWithTotal(db, head, pageRows, pageKeys, (p) => [asc(p.sortKey), asc(p.id)]);
    const { nodes: page, pageInfo } = keysetPage(rows, args.first, (row) => [row.sortKey, row.id]);
    await writeAudit(db, ctx, { action: 'request.list', entityType: 'data_subject_request', details: { requestIds: page.map((r) => r.id) } });
    return { nodes: page.map(({ sortKey: _sortKey, ...row }): RequestRow => row), totalCount: total, pageInfo };
  });
}

export async function getRequest(ctx: RequestContext, rawId: unknown): Promise<RequestRow> {
  const { id } = parseInput(requestIdInput, { id: rawId });
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(requests).where(eq(requests.id, id));
    if (!row) throw notFound('Request');
    await writeAudit(tx, ctx, { action: 'request.read', entityType: 'data_subject_request', entityId: id, subject: subjectOf(row) });
    return row;
  });
}

/** Handlers answer for the firm: only an active partner may be one. */
export async function requireHandler(tx: Transaction, userId: string, field: string): Promise<void> {
  const [user] = await tx.select({ role: users.role, status: users.status }).from(users).where(eq(users.id, userId));
  if (!user) throw notFoundOn('User', field);
  if (user.role !== 'partner' || user.status !== 'active') throw badInput(field, 'The handler must be an active partner');
}

/** Registers a request the day it arrived; the deadline is one calendar month from then. */
export async function registerRequest(ctx: RequestContext, rawInput: unknown): Promise<RequestRow> {
  const input = parseInput(registerRequestInput, rawInput);
  return ctx.db.transaction(async (tx) => {
    if (input.candidateId) {
      const [candidate] = await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.id, input.candidateId));
      if (!candidate) throw notFoundOn('Candidate', 'candidateId');
    }
    if (input.handlerId) await requireHandler(tx, input.handlerId, 'handlerId');
    const [row] = await tx
      .insert(requests)
      .values({ ...input, dueOn: deadlineOf(input.receivedOn, 0, false) })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, ctx, {
      action: 'request.register',
      entityType: 'data_subject_request',
      entityId: row.id,
      subject: subjectOf(row),
      details: { kind: row.kind, receivedOn: row.receivedOn, dueOn: row.dueOn, candidateId: row.candidateId, handlerId: row.handlerId },
    });
    return row;
  });
}

/** The overview's lists are bounded: a dashboard is not a report. */
const overviewLimit = 100;

async function overviewList(ctx: RequestContext, action: string, range: (due: SQL, today: CalendarDate) => SQL | undefined) {
  const today = osloToday();
  const due = effectiveDue(today);
  // Batched with the overview's other audited list: one audit insert for both.
  return auditedRead(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(requests)
      .where(and(isOpenSql, range(due, today)))
      .orderBy(sql`${due} asc`, asc(requests.id))
      .limit(overviewLimit);
    await writeAudit(tx, ctx, { action, entityType: 'data_subject_request', details: { requestIds: rows.map((r) => r.id) } });
    return rows;
  });
}

/** Open requests due from today up to `withinDays` ahead (not those already overdue). */
export function listRequestsDueSoon(ctx: RequestContext, rawArgs: unknown): Promise<RequestRow[]> {
  const { withinDays } = parseInput(requestsDueSoonInput, rawArgs);
  return overviewList(ctx, 'request.dueSoon.list', (due, today) =>
    and(gte(due, sql`${today}::date`), lte(due, sql`${addCalendarDays(today, withinDays)}::date`)),
  );
}

export function listOverdueRequests(ctx: RequestContext): Promise<RequestRow[]> {
  return overviewList(ctx, 'request.overdue.list', (due, today) => lt(due, sql`${today}::date`));
}
