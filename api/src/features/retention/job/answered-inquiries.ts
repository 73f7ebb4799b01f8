import { schema } from '@pvr/db';
import { asc, inArray, sql } from '@pvr/db/orm';
import { auditBatch } from './audit-batch.ts';
import { cutoffOf, type CategoryHandler, type RetentionRuleRow } from './types.ts';

const { contactInquiries } = schema;

/** Contact-form messages answered longer ago than the rule: used only to answer, then deleted. */
const dueWhere = (rule: RetentionRuleRow, now: Date) => sql`${contactInquiries.answeredAt} < ${cutoffOf(rule, now)}`;

export const answeredInquiries: CategoryHandler = {
  category: 'answered_inquiries',
  async countDue(db, rule, now) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(contactInquiries).where(dueWhere(rule, now));
    return row?.n ?? 0;
  },
  async exampleIds(db, rule, now, limit) {
    const rows = await db.select({ id: contactInquiries.id }).from(contactInquiries).where(dueWhere(rule, now)).orderBy(asc(contactInquiries.id)).limit(limit);
    return rows.map((r) => r.id);
  },
  async applyBatch(tx, ctx, rule, now, limit) {
    const picked = tx
      .select({ id: contactInquiries.id })
      .from(contactInquiries)
      .where(dueWhere(rule, now))
      .orderBy(asc(contactInquiries.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    const deleted = await tx.delete(contactInquiries).where(inArray(contactInquiries.id, picked)).returning({ id: contactInquiries.id });
    const ids = deleted.map((r) => r.id);
    await auditBatch(tx, ctx, { action: 'retention.delete', entityType: 'contact_inquiry', rule, ids });
    return ids;
  },
};
