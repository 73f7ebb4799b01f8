import { schema } from '@pvr/db';
import { and, asc, eq, inArray, sql } from '@pvr/db/orm';
import { auditBatch } from './audit-batch.ts';
import { cutoffOf, type CategoryHandler, type RetentionRuleRow } from './types.ts';

const { emailOutbox, subscribers } = schema;

/** Sign-ups never confirmed (no double opt-in, so no consent) older than the rule. */
const dueWhere = (rule: RetentionRuleRow, now: Date) =>
  and(eq(subscribers.status, 'pending'), sql`${subscribers.createdAt} < ${cutoffOf(rule, now)}`);

export const unconfirmedSubscribers: CategoryHandler = {
  category: 'unconfirmed_subscribers',
  async countDue(db, rule, now) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(subscribers).where(dueWhere(rule, now));
    return row?.n ?? 0;
  },
  async exampleIds(db, rule, now, limit) {
    const rows = await db.select({ id: subscribers.id }).from(subscribers).where(dueWhere(rule, now)).orderBy(asc(subscribers.id)).limit(limit);
    return rows.map((r) => r.id);
  },
  async applyBatch(tx, ctx, rule, now, limit) {
    const picked = tx
      .select({ id: subscribers.id })
      .from(subscribers)
      .where(dueWhere(rule, now))
      .orderBy(asc(subscribers.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    // A consent event would cascade with the row; the history refuses DELETE unless an erasure
    // is declared, so the flag is raised for this one statement.
    await tx.execute(sql`select set_config('pvr.erasure_in_progress', 'on', true)`);
    const deleted = await tx.delete(subscribers).where(inArray(subscribers.id, picked)).returning({ id: subscribers.id, email: subscribers.email });
    await tx.execute(sql`select set_config('pvr.erasure_in_progress', 'off', true)`);
    // The confirmation mail is the only other place the address is kept.
    const addresses = deleted.map((r) => r.email);
    if (addresses.length) {
      await tx.delete(emailOutbox).where(and(eq(emailOutbox.kind, 'newsletter_confirmation'), inArray(emailOutbox.toAddress, addresses)));
    }
    const ids = deleted.map((r) => r.id);
    await auditBatch(tx, ctx, { action: 'retention.delete', entityType: 'subscriber', rule, ids });
    return ids;
  },
};
