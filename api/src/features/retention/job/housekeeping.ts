import { schema, type Transaction } from '@pvr/db';
import { and, asc, gte, inArray, isNotNull, isNull, lt, sql, type SQL } from '@pvr/db/orm';
import { writeAudit } from '../../../audit/audit.ts';
import type { RequestContext } from '../../../context.ts';
import { sendPolicy } from '../../../mail/sender.ts';
import { instant, type Db } from './types.ts';

const { emailOutbox, idempotencyKeys } = schema;

/**
 * Technical records the job removes on fixed terms, not by a retention rule: copies of mail
 * (addresses, bodies) and stored mutation answers (which can quote a person) that exist only so
 * the machinery works — sending and retries — and serve no purpose of their own. They are not a
 * category of the privacy statement, a partner has no reason to keep them longer, and their
 * terms are hours and days where rules count whole months: so fixed steps, always run, not rules
 * that could be switched off.
 */
export const housekeepingTaskNames = ['sent_mail', 'failed_mail', 'idempotency_answers'] as const;
export type HousekeepingTaskName = (typeof housekeepingTaskNames)[number];

export type HousekeepingTask = {
  name: HousekeepingTaskName;
  /** How long a record is kept after its clock starts. */
  keepHours: number;
  countDue(db: Db, now: Date): Promise<number>;
  /** Deletes up to `limit` due records in the caller's transaction, with its audit entry: how many, and their ids where they have one. */
  applyBatch(tx: Transaction, ctx: RequestContext, now: Date, limit: number): Promise<{ ids: string[]; count: number }>;
};

/** Long enough to answer "did you send me…?" from the outbox page; the mail itself is delivered. */
export const sentMailKeepHours = 30 * 24;
/**
 * A retry of a lost answer comes within seconds or minutes; a day covers a client that was
 * offline overnight. After it, the same key is a new request.
 */
export const idempotencyKeepHours = 24;

const cutoff = (now: Date, hours: number) => sql`(${instant(now)} - make_interval(hours => ${hours}::int))`;

/**
 * Mail goes 30 days after it was sent, or — when the sender gave up after its last attempt — 30
 * days after it was queued (the last attempt comes about an hour after queueing). Mail still
 * waiting to be sent, or between retries, is never touched: without SMTP it waits for a partner.
 */
const mailDue: Record<'sent_mail' | 'failed_mail', (now: Date) => SQL> = {
  sent_mail: (now) => and(isNotNull(emailOutbox.sentAt), lt(emailOutbox.sentAt, cutoff(now, sentMailKeepHours))) as SQL,
  failed_mail: (now) =>
    and(isNull(emailOutbox.sentAt), gte(emailOutbox.attempts, sendPolicy.maxAttempts), lt(emailOutbox.createdAt, cutoff(now, sentMailKeepHours))) as SQL,
};

function mailTask(name: 'sent_mail' | 'failed_mail'): HousekeepingTask {
  const due = mailDue[name];
  return {
    name,
    keepHours: sentMailKeepHours,
    async countDue(db, now) {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox).where(due(now));
      return row?.n ?? 0;
    },
    async applyBatch(tx, ctx, now, limit) {
      // SKIP LOCKED: a sender claiming a row at this moment keeps it.
      const picked = tx.select({ id: emailOutbox.id }).from(emailOutbox).where(due(now)).orderBy(asc(emailOutbox.id)).limit(limit).for('update', { skipLocked: true });
      const deleted = await tx.delete(emailOutbox).where(inArray(emailOutbox.id, picked)).returning({ id: emailOutbox.id });
      const ids = deleted.map((r) => r.id);
      await auditHousekeeping(tx, ctx, { task: name, entityType: 'email_outbox', count: ids.length, ids });
      return { ids, count: ids.length };
    },
  };
}

const answerDue = (now: Date) => lt(idempotencyKeys.createdAt, cutoff(now, idempotencyKeepHours));

const idempotencyAnswers: HousekeepingTask = {
  name: 'idempotency_answers',
  keepHours: idempotencyKeepHours,
  async countDue(db, now) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(idempotencyKeys).where(answerDue(now));
    return row?.n ?? 0;
  },
  async applyBatch(tx, ctx, now, limit) {
    const picked = tx
      .select({ scope: idempotencyKeys.scope, key: idempotencyKeys.key })
      .from(idempotencyKeys)
      .where(answerDue(now))
      .orderBy(asc(idempotencyKeys.createdAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    const deleted = await tx
      .delete(idempotencyKeys)
      .where(sql`(${idempotencyKeys.scope}, ${idempotencyKeys.key}) in (${picked})`)
      .returning({ key: idempotencyKeys.key });
    // A count only: keys are chosen by the client and scopes name a user or an IP range.
    await auditHousekeeping(tx, ctx, { task: 'idempotency_answers', entityType: 'idempotency_key', count: deleted.length });
    return { ids: [], count: deleted.length };
  },
};

/** In the order the job runs them. */
export const housekeepingTasks: readonly HousekeepingTask[] = [mailTask('sent_mail'), mailTask('failed_mail'), idempotencyAnswers];

/** Like a rule's batch entry: which step removed how many records (and which, where they have ids). */
async function auditHousekeeping(tx: Transaction, ctx: RequestContext, entry: { task: HousekeepingTaskName; entityType: string; count: number; ids?: readonly string[] }) {
  if (entry.count === 0) return;
  await writeAudit(tx, ctx, {
    action: 'retention.delete',
    entityType: entry.entityType,
    details: { housekeeping: entry.task, count: entry.count, ...(entry.ids ? { ids: entry.ids } : {}) },
  });
}
