import { schema } from '@pvr/db';
import { and, asc, isNull, or, sql, type SQL } from '@pvr/db/orm';
import { eraseSubject } from '../../subject-data/erasure.ts';
import { auditBatch } from './audit-batch.ts';
import { instant, cutoffOf, type CategoryHandler, type RetentionRuleRow } from './types.ts';

const { candidates } = schema;

/** Candidates are warned this long before inactivity deletes them; the warning must be this old. */
export const warningNoticeDays = 30;

/**
 * When the candidate's clock started: their last activity, or their newest candidate_registry
 * consent, whichever is later — renewing consent restarts the clock. Kept in the candidate row by
 * triggers (migration `retention-clock-triggers`), so the due counts are index scans.
 */
export const activityClock: SQL = sql`${candidates.retentionClockAt}`;

const noticeBefore = (now: Date) => sql`(${instant(now)} - make_interval(days => ${warningNoticeDays}::int))`;

/**
 * Due for deletion: inactive past the rule AND warned at least 30 days ago for this same period of
 * inactivity (a warning older than the newest activity no longer counts). A candidate without an
 * email address cannot be warned and is deleted when due.
 */
export const dueForDeletion = (rule: RetentionRuleRow, now: Date): SQL =>
  and(
    sql`${activityClock} < ${cutoffOf(rule, now)}`,
    or(
      isNull(candidates.email),
      sql`${candidates.retentionWarnedAt} >= ${activityClock} and ${candidates.retentionWarnedAt} <= ${noticeBefore(now)}`,
    ),
  ) as SQL;

/** Due for a warning: deletion within 30 days (or overdue) and no warning for this period yet. */
export const dueForWarning = (rule: RetentionRuleRow, now: Date): SQL =>
  sql`${candidates.email} is not null
   and ${activityClock} < (${cutoffOf(rule, now)} + make_interval(days => ${warningNoticeDays}::int))
   and (${candidates.retentionWarnedAt} is null or ${candidates.retentionWarnedAt} < ${activityClock})`;

/** The earliest day the candidate can be deleted: due by the rule, and a full notice period after the warning. */
export const deletionDate = (rule: RetentionRuleRow, now: Date): SQL<Date> =>
  sql<Date>`greatest(${activityClock} + make_interval(months => ${rule.durationMonths}::int), ${instant(now)} + make_interval(days => ${warningNoticeDays}::int))`;

/** Inactive candidates are erased through the same one-transaction erasure as a request (DOMAIN.md § 6). */
export const inactiveCandidates: CategoryHandler = {
  category: 'inactive_candidates',
  maxBatch: 25,
  async countDue(db, rule, now) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(candidates).where(dueForDeletion(rule, now));
    return row?.n ?? 0;
  },
  async exampleIds(db, rule, now, limit) {
    const rows = await db.select({ id: candidates.id }).from(candidates).where(dueForDeletion(rule, now)).orderBy(asc(candidates.id)).limit(limit);
    return rows.map((r) => r.id);
  },
  async applyBatch(tx, ctx, rule, now, limit) {
    const picked = await tx
      .select({ id: candidates.id })
      .from(candidates)
      .where(dueForDeletion(rule, now))
      .orderBy(asc(candidates.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    // eraseSubject writes its own audit entry and tombstone per candidate, in this transaction;
    // the batch entry says why (the retention rule) and ties them to the run.
    for (const { id } of picked) await eraseSubject(ctx, { candidateId: id }, { tx, reason: 'retention' });
    const ids = picked.map((r) => r.id);
    await auditBatch(tx, ctx, { action: 'retention.delete', entityType: 'candidate', rule, ids });
    return ids;
  },
};
