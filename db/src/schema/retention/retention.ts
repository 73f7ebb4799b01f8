import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, inList, timestamptz, updatedAt } from '../columns.ts';
import { processorAgreements } from '../processors/processors.ts';
import { users } from '../users/users.ts';
import { complianceTaskKinds, retentionActions, retentionCategories, retentionClockStarts, retentionRunModes, retentionRunStatuses } from '../../values.ts';

/** How long each category of data is kept, from which event, and what happens then. */
export const retentionRules = pgTable(
  'retention_rules',
  {
    id: id(),
    category: text('category', { enum: retentionCategories }).notNull(),
    description: text('description').notNull(),
    durationMonths: integer('duration_months').notNull(),
    countsFrom: text('counts_from', { enum: retentionClockStarts }).notNull(),
    action: text('action', { enum: retentionActions }).notNull(),
    legalBasis: text('legal_basis').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    updatedAt: updatedAt(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('retention_rules_category_key').on(t.category),
    index('retention_rules_updated_by_idx').on(t.updatedBy),
    check('retention_rules_category_valid', inList('category', retentionCategories)),
    check('retention_rules_counts_from_valid', inList('counts_from', retentionClockStarts)),
    check('retention_rules_action_valid', inList('action', retentionActions)),
    check('retention_rules_duration', sql`duration_months between 1 and 1200`),
  ],
);

/** What started a run: the server's own schedule, `pnpm retention:run`, or a partner in the dashboard. */
export const retentionRunTriggers = ['schedule', 'cli', 'dashboard'] as const;

/** One run of the retention job: dry runs too. The report holds counts and record ids, never data. */
export const retentionRuns = pgTable(
  'retention_runs',
  {
    id: id(),
    mode: text('mode', { enum: retentionRunModes }).notNull(),
    status: text('status', { enum: retentionRunStatuses }).notNull().default('running'),
    startedAt: timestamptz('started_at').notNull().defaultNow(),
    finishedAt: timestamptz('finished_at'),
    /** The partner who started it from the dashboard; null for the schedule and the command line. */
    triggeredBy: uuid('triggered_by').references(() => users.id),
    /** Null only for runs from before this was recorded (those with a partner were backfilled). */
    startedVia: text('started_via', { enum: retentionRunTriggers }),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    report: jsonb('report').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    index('retention_runs_started_idx').on(t.startedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('retention_runs_triggered_by_idx').on(t.triggeredBy),
    check('retention_runs_mode_valid', inList('mode', retentionRunModes)),
    check('retention_runs_status_valid', inList('status', retentionRunStatuses)),
    check('retention_runs_progress', sql`processed >= 0 AND total >= 0`),
    check('retention_runs_finished', sql`(status = 'running') = (finished_at IS NULL)`),
    check('retention_runs_started_via_valid', inList('started_via', retentionRunTriggers)),
    // A dashboard run names its partner; the schedule and the command line name nobody.
    check('retention_runs_started_via_actor', sql`started_via IS NULL OR (started_via = 'dashboard') = (triggered_by IS NOT NULL)`),
  ],
);

/**
 * Recurring internal-control tasks with attestation: yearly mailbox reviews, departure
 * checklists, agreement reviews and the yearly review of the privacy statement.
 */
export const complianceTasks = pgTable(
  'compliance_tasks',
  {
    id: id(),
    kind: text('kind', { enum: complianceTaskKinds }).notNull(),
    /** The employee whose mailbox or departure this is. */
    userId: uuid('user_id').references(() => users.id),
    agreementId: uuid('agreement_id').references(() => processorAgreements.id, { onDelete: 'cascade' }),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** Departure steps and similar ticks, e.g. { emailAccountDeleted: true }. */
    checklist: jsonb('checklist').$type<Record<string, boolean>>().notNull().default(sql`'{}'::jsonb`),
    notes: text('notes'),
    attestedBy: uuid('attested_by').references(() => users.id),
    attestedAt: timestamptz('attested_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('compliance_tasks_due_idx').on(t.dueOn, t.id),
    index('compliance_tasks_user_idx').on(t.userId),
    index('compliance_tasks_agreement_idx').on(t.agreementId),
    index('compliance_tasks_attested_by_idx').on(t.attestedBy),
    check('compliance_tasks_kind_valid', inList('kind', complianceTaskKinds)),
    check('compliance_tasks_attested_whole', sql`(attested_by IS NULL) = (attested_at IS NULL)`),
    check('compliance_tasks_about_someone', sql`kind NOT IN ('mailbox_review', 'departure_checklist') OR user_id IS NOT NULL`),
    check('compliance_tasks_about_agreement', sql`kind <> 'agreement_review' OR agreement_id IS NOT NULL`),
    check('compliance_tasks_notes_length', sql`length(notes) <= 5000`),
  ],
);
