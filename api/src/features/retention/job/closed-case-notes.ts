import { schema } from '@pvr/db';
import { and, asc, eq, inArray, sql } from '@pvr/db/orm';
import { auditBatch } from './audit-batch.ts';
import { cutoffOf, type CategoryHandler, type Db, type RetentionRuleRow } from './types.ts';

const { callNotes, cases } = schema;

/**
 * Notes of cases closed longer ago than the rule. The case row itself stays: it holds the
 * assignment, not the calls, and the append-only consent history (share_with_client) and the
 * share log point at it, so deleting it would be refused or rewrite history.
 */
const dueWhere = (db: Db, rule: RetentionRuleRow, now: Date) =>
  inArray(
    callNotes.caseId,
    db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.status, 'closed'), sql`${cases.closedAt} < ${cutoffOf(rule, now)}`)),
  );

export const closedCaseNotes: CategoryHandler = {
  category: 'call_notes_after_case_closed',
  async countDue(db, rule, now) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(callNotes).where(dueWhere(db, rule, now));
    return row?.n ?? 0;
  },
  async exampleIds(db, rule, now, limit) {
    const rows = await db.select({ id: callNotes.id }).from(callNotes).where(dueWhere(db, rule, now)).orderBy(asc(callNotes.id)).limit(limit);
    return rows.map((r) => r.id);
  },
  async applyBatch(tx, ctx, rule, now, limit) {
    const picked = tx
      .select({ id: callNotes.id })
      .from(callNotes)
      .where(dueWhere(tx, rule, now))
      .orderBy(asc(callNotes.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    const deleted = await tx.delete(callNotes).where(inArray(callNotes.id, picked)).returning({ id: callNotes.id });
    const ids = deleted.map((r) => r.id);
    await auditBatch(tx, ctx, { action: 'retention.delete', entityType: 'call_note', rule, ids });
    return ids;
  },
};
