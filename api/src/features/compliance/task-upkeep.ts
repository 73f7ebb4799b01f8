import { queryRows, type Transaction } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import type { RequestContext } from '../../context.ts';
import { osloToday } from '../../shared/oslo-dates.ts';
import { systemContext, type JobEnvironment } from '../retention/job/job-context.ts';
import { departureChecklistDays } from './compliance.inputs.ts';

/** Any constant: serialises two upkeeps, so no task is created twice. */
const upkeepLockKey = 7_234_020;

export type UpkeepCounts = { created: number; removed: number };

/**
 * Makes the task list match the registers, for the Oslo calendar day `today` (YYYY-MM-DD):
 * - every active partner and staff member has an open yearly mailbox review, due a year after
 *   their last attested one (or a year after their account was made); a disabled account's
 *   open review goes, the departure checklist takes over;
 * - every live agreement (draft or signed) has a review task for its review date; an open task
 *   for a date the agreement no longer has goes;
 * - there is an open yearly review of the privacy statement, due a year after the last one
 *   (the first one is due at once);
 * - everyone with a departure date has a departure checklist.
 * Set-based statements, idempotent, audited only when something changed.
 */
export async function keepComplianceTasksCurrent(tx: Transaction, ctx: RequestContext, today: string): Promise<UpkeepCounts> {
  await tx.execute(sql`select pg_advisory_xact_lock(${upkeepLockKey})`);
  const day = sql`${today}::date`;
  const oneYearAfter = (date: ReturnType<typeof sql>) => sql`(${date} + interval '1 year')::date`;
  const attestedDay = sql`(t.attested_at at time zone 'Europe/Oslo')::date`;

  const mailboxes = await queryRows<{ id: string }>(tx, sql`
    insert into compliance_tasks (kind, user_id, due_on)
    select 'mailbox_review', u.id, coalesce(
             (select ${oneYearAfter(sql`max(${attestedDay})`)} from compliance_tasks t
               where t.kind = 'mailbox_review' and t.user_id = u.id and t.attested_at is not null),
             ${oneYearAfter(sql`(u.created_at at time zone 'Europe/Oslo')::date`)})
      from users u
     where u.status = 'active' and u.role in ('partner', 'staff')
       and not exists (select 1 from compliance_tasks t where t.kind = 'mailbox_review' and t.user_id = u.id and t.attested_at is null)
    returning id`);
  const leftMailboxes = await queryRows<{ id: string }>(tx, sql`
    delete from compliance_tasks t using users u
     where t.kind = 'mailbox_review' and t.attested_at is null and u.id = t.user_id and u.status <> 'active'
    returning t.id`);

  const agreements = await queryRows<{ id: string }>(tx, sql`
    insert into compliance_tasks (kind, agreement_id, due_on)
    select 'agreement_review', a.id, a.review_due_on
      from processor_agreements a
     where a.status in ('draft', 'signed')
       and not exists (select 1 from compliance_tasks t where t.kind = 'agreement_review' and t.agreement_id = a.id and t.due_on = a.review_due_on)
    returning id`);
  const staleAgreements = await queryRows<{ id: string }>(tx, sql`
    delete from compliance_tasks t using processor_agreements a
     where t.kind = 'agreement_review' and t.attested_at is null and a.id = t.agreement_id
       and (a.status not in ('draft', 'signed') or t.due_on <> a.review_due_on)
    returning t.id`);

  const statement = await queryRows<{ id: string }>(tx, sql`
    insert into compliance_tasks (kind, due_on)
    select 'privacy_statement_review', coalesce(
             (select ${oneYearAfter(sql`max(${attestedDay})`)} from compliance_tasks t
               where t.kind = 'privacy_statement_review' and t.attested_at is not null),
             ${day})
     where not exists (select 1 from compliance_tasks t where t.kind = 'privacy_statement_review' and t.attested_at is null)
    returning id`);

  const departures = await queryRows<{ id: string }>(tx, sql`
    insert into compliance_tasks (kind, user_id, due_on)
    select 'departure_checklist', u.id, u.departed_on + ${departureChecklistDays}::int
      from users u
     where u.departed_on is not null
       and not exists (select 1 from compliance_tasks t where t.kind = 'departure_checklist' and t.user_id = u.id)
    returning id`);

  const counts = {
    created: mailboxes.length + agreements.length + statement.length + departures.length,
    removed: leftMailboxes.length + staleAgreements.length,
  };
  if (counts.created || counts.removed) {
    await writeAudit(tx, ctx, {
      action: 'complianceTask.upkeep',
      entityType: 'compliance_task',
      details: {
        created: { mailboxReview: mailboxes.length, agreementReview: agreements.length, privacyStatementReview: statement.length, departureChecklist: departures.length },
        removed: { mailboxReview: leftMailboxes.length, agreementReview: staleAgreements.length },
      },
    });
  }
  return counts;
}

/** The upkeep as the server does it by itself (start-up, schedule): audited as the system. */
export async function keepComplianceTasksCurrentNow(env: JobEnvironment, now = new Date()): Promise<UpkeepCounts> {
  return env.db.transaction((tx) => keepComplianceTasksCurrent(tx, systemContext(env, 'compliance-upkeep'), osloToday(now)));
}
