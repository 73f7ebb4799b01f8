import { schema } from '@pvr/db';
import { and, asc, eq, inArray, notLike, sql } from '@pvr/db/orm';
import { auditBatch } from './audit-batch.ts';
import { cutoffDateOf, type CategoryHandler, type RetentionRuleRow } from './types.ts';

const { sessions, users } = schema;

/** The address an anonymised account gets: unique (the id), and never deliverable (.invalid). */
export const anonymisedEmailOf = (userId: string) => `tidligere-ansatt-${userId}@example.invalid`;
const anonymisedPattern = 'tidligere-ansatt-%@example.invalid';

/**
 * Disabled accounts whose departure (departed_on, else the day they were disabled, in Oslo)
 * lies further back than the rule, not yet anonymised.
 */
const dueWhere = (rule: RetentionRuleRow, now: Date) =>
  and(
    eq(users.status, 'disabled'),
    notLike(users.email, anonymisedPattern),
    sql`coalesce(${users.departedOn}, (${users.disabledAt} at time zone 'Europe/Oslo')::date) < ${cutoffDateOf(rule, now)}`,
  );

/**
 * The row stays — audit entries, notes, cases and tasks point at it — but it no longer says who
 * it was: name and email become placeholders, the password and title go. The role stays, so
 * the log still reads "a former staff member did this".
 */
export const departedStaffAccounts: CategoryHandler = {
  category: 'departed_staff_accounts',
  async countDue(db, rule, now) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(dueWhere(rule, now));
    return row?.n ?? 0;
  },
  async exampleIds(db, rule, now, limit) {
    const rows = await db.select({ id: users.id }).from(users).where(dueWhere(rule, now)).orderBy(asc(users.id)).limit(limit);
    return rows.map((r) => r.id);
  },
  async applyBatch(tx, ctx, rule, now, limit) {
    const picked = tx.select({ id: users.id }).from(users).where(dueWhere(rule, now)).orderBy(asc(users.id)).limit(limit).for('update', { skipLocked: true });
    const updated = await tx
      .update(users)
      .set({
        fullName: sql`'Tidligere ansatt ' || left(${users.id}::text, 8)`,
        email: sql`'tidligere-ansatt-' || ${users.id}::text || '@example.invalid'`,
        passwordHash: null,
        title: null,
      })
      .where(inArray(users.id, picked))
      .returning({ id: users.id });
    const ids = updated.map((r) => r.id);
    if (ids.length) await tx.delete(sessions).where(inArray(sessions.userId, ids));
    await auditBatch(tx, ctx, { action: 'retention.anonymise', entityType: 'user', rule, ids });
    return ids;
  },
};
