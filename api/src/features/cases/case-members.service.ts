import { and, eq, inArray } from '@pvr/db/orm';
import { schema, type Transaction } from '@pvr/db';
import { writeAudit } from '../../audit/audit.ts';
import type { RequestContext } from '../../context.ts';
import { badInput, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { caseMemberInput } from './cases.inputs.ts';
import type { CaseRow } from './cases.service.ts';

const { cases, caseMembers, users } = schema;

/** Members work on the case: active partners or staff. Auditors only read, so they never join. */
export async function requireAssignableUsers(tx: Transaction, ids: readonly string[], field: string): Promise<void> {
  if (!ids.length) return;
  const found = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.status, 'active'), inArray(users.role, ['partner', 'staff'])));
  if (found.length !== new Set(ids).size) throw badInput(field, 'Every member must be an active partner or staff member');
}

async function lockCase(tx: Transaction, id: string): Promise<CaseRow> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
  if (!row) throw notFound('Case');
  return row;
}

export async function addCaseMember(ctx: RequestContext, rawArgs: unknown): Promise<CaseRow> {
  const { caseId, userId } = parseInput(caseMemberInput, rawArgs);
  return ctx.db.transaction(async (tx) => {
    const row = await lockCase(tx, caseId);
    await requireAssignableUsers(tx, [userId], 'userId');
    const added = await tx.insert(caseMembers).values({ caseId, userId }).onConflictDoNothing().returning({ userId: caseMembers.userId });
    await writeAudit(tx, ctx, {
      action: 'case.member.add',
      entityType: 'case',
      entityId: caseId,
      details: { userId, alreadyMember: added.length === 0 },
    });
    return row;
  });
}

export async function removeCaseMember(ctx: RequestContext, rawArgs: unknown): Promise<CaseRow> {
  const { caseId, userId } = parseInput(caseMemberInput, rawArgs);
  return ctx.db.transaction(async (tx) => {
    const row = await lockCase(tx, caseId);
    const removed = await tx
      .delete(caseMembers)
      .where(and(eq(caseMembers.caseId, caseId), eq(caseMembers.userId, userId)))
      .returning({ userId: caseMembers.userId });
    if (!removed.length) throw badInput('userId', 'This user is not a member of the case');
    await writeAudit(tx, ctx, { action: 'case.member.remove', entityType: 'case', entityId: caseId, details: { userId } });
    return row;
  });
}
