import { and, desc, eq, getTableColumns, ilike, or, sql, type AnyColumn, type SQL } from '@pvr/db/orm';
import { countHead, schema, selectPageWithTotal, type Transaction } from '@pvr/db';
import { writeAudit } from '../../audit/audit.ts';
import { auditedRead } from '../../audit/audited-reads.ts';
import type { RequestContext } from '../../context.ts';
import { badInput, conflict, notFound, pgErrorOf } from '../../errors.ts';
import { cursorTime, decodeCursor, keysetPage, likePattern } from '../../shared/cursor.ts';
import { parseInput } from '../../validation.ts';
import { visibleCases } from './case-access.ts';
import { requireAssignableUsers } from './case-members.service.ts';
import { caseIdInput, caseListInput, caseSearchInput, openCaseInput } from './cases.inputs.ts';

const { cases, caseMembers, users } = schema;
export type CaseRow = typeof cases.$inferSelect;

const pageColumns = { ...getTableColumns(cases), cursorAt: cursorTime(cases.openedAt).as('cursor_at') };
const pageKeys = Object.keys(pageColumns) as (keyof typeof pageColumns)[];
/** The table or the page subquery: the same order inside and around it. */
const newestFirstOf = (rows: Record<'openedAt' | 'id', AnyColumn>) => [desc(rows.openedAt), desc(rows.id)];
const newestFirst = newestFirstOf(cases);

function afterCursor(after: string): SQL {
  const [at, id] = decodeCursor(after, 2);
  if (typeof at !== 'string' || typeof id !== 'string') throw badInput('after', 'after: not a cursor from this list');
  return sql`(${cases.openedAt}, ${cases.id}) < (${at}::timestamptz, ${id}::uuid)`;
}

const withoutCursor = ({ cursorAt: _cursor, ...row }: CaseRow & { cursorAt: string }): CaseRow => row;

/** A page of the cases the actor may reach, newest opened first, with its total: one statement and one audit entry. */
export async function listCases(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(caseListInput, rawArgs);
  const filters: (SQL | undefined)[] = [visibleCases(ctx)];
  if (args.status) filters.push(eq(cases.status, args.status));
  if (args.search) {
    const pattern = likePattern(args.search);
    filters.push(or(ilike(cases.title, pattern), ilike(cases.clientName, pattern), ilike(cases.reference, pattern)));
  }
  const where = and(...filters);
  const pageWhere = args.after ? and(where, afterCursor(args.after)) : where;

  return auditedRead(ctx, async (db) => {
    const head = countHead(db, cases, where);
    const pageRows = db.select(pageColumns).from(cases).where(pageWhere).orderBy(...newestFirst).limit(args.first + 1).as('page');
    const { total, rows } = await selectPageWithTotal(db, head, pageRows, pageKeys, newestFirstOf);
    const { nodes: page, pageInfo } = keysetPage(rows, args.first, (row) => [row.cursorAt, row.id]);
    await writeAudit(db, ctx, { action: 'case.list', entityType: 'case', details: { caseIds: page.map((c) => c.id) } });
    return { nodes: page.map(withoutCursor), totalCount: total, pageInfo };
  });
}

/** One case; a case the actor may not reach is answered exactly like one that does not exist. */
export async function getCase(ctx: RequestContext, rawId: unknown): Promise<CaseRow> {
  const { id } = parseInput(caseIdInput, { id: rawId });
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(cases).where(and(eq(cases.id, id), visibleCases(ctx)));
    if (!row) throw notFound('Case');
    await writeAudit(tx, ctx, { action: 'case.read', entityType: 'case', entityId: id });
    return row;
  });
}

/** Type-ahead for the case picker: open cases first, then the newest. */
export async function searchCases(ctx: RequestContext, rawArgs: unknown): Promise<CaseRow[]> {
  const args = parseInput(caseSearchInput, rawArgs);
  const pattern = likePattern(args.text);
  const matches = args.text ? or(ilike(cases.title, pattern), ilike(cases.clientName, pattern), ilike(cases.reference, pattern)) : undefined;
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(cases)
      .where(and(matches, visibleCases(ctx)))
      .orderBy(sql`case when ${cases.status} = 'open' then 0 else 1 end`, ...newestFirst)
      .limit(args.first);
    await writeAudit(tx, ctx, { action: 'case.search', entityType: 'case', details: { caseIds: rows.map((c) => c.id) } });
    return rows;
  });
}

export async function openCase(ctx: RequestContext, rawInput: unknown): Promise<CaseRow> {
  const input = parseInput(openCaseInput, rawInput);
  return ctx.db.transaction(async (tx) => {
    const [partner] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.responsiblePartnerId), eq(users.role, 'partner'), eq(users.status, 'active')));
    if (!partner) throw badInput('responsiblePartnerId', 'The responsible partner must be an active partner');
    await requireAssignableUsers(tx, input.memberIds, 'memberIds');
    const row = await insertCase(tx, input);
    if (input.memberIds.length) {
      await tx.insert(caseMembers).values(input.memberIds.map((userId) => ({ caseId: row.id, userId })));
    }
    await writeAudit(tx, ctx, {
      action: 'case.open',
      entityType: 'case',
      entityId: row.id,
      details: { responsiblePartnerId: input.responsiblePartnerId, memberIds: input.memberIds },
    });
    return row;
  });
}

async function insertCase(tx: Transaction, input: { reference: string; title: string; clientName: string; responsiblePartnerId: string }) {
  try {
    const [row] = await tx.insert(cases).values(input).returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  } catch (error) {
    const pg = pgErrorOf(error);
    if (pg?.code === '23505' && (pg.constraint_name ?? pg.constraint) === 'cases_reference_key') throw conflict('A case with this reference already exists', 'reference');
    throw error;
  }
}

export function closeCase(ctx: RequestContext, rawId: unknown): Promise<CaseRow> {
  return changeStatus(ctx, rawId, 'closed');
}

export function reopenCase(ctx: RequestContext, rawId: unknown): Promise<CaseRow> {
  return changeStatus(ctx, rawId, 'open');
}

async function changeStatus(ctx: RequestContext, rawId: unknown, status: CaseRow['status']): Promise<CaseRow> {
  const { id } = parseInput(caseIdInput, { id: rawId });
  const from = status === 'closed' ? 'open' : 'closed';
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(cases)
      .set({ status, closedAt: status === 'closed' ? sql`now()` : null })
      .where(and(eq(cases.id, id), eq(cases.status, from)))
      .returning();
    if (!row) {
      const [existing] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, id));
      if (!existing) throw notFound('Case');
      throw conflict(status === 'closed' ? 'The case is already closed' : 'The case is already open', 'id');
    }
    await writeAudit(tx, ctx, { action: status === 'closed' ? 'case.close' : 'case.reopen', entityType: 'case', entityId: id });
    return row;
  });
}
