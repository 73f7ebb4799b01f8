import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { anonymisedIpCheck, id, inList, normalisedEmailCheck, timestamptz } from '../columns.ts';
import { candidates } from '../candidates/candidates.ts';
import { cases } from '../cases/cases.ts';
import { subscribers } from '../newsletter/newsletter.ts';
import { users } from '../users/users.ts';
import { consentPurposes, consentActions, consentMethods, consentSubjectTypes } from '../../values.ts';

/**
 * Consent is an append-only history of events; the current state is the latest event per
 * subject, purpose and case. A trigger refuses UPDATE and TRUNCATE always, and DELETE except
 * inside an erasure transaction (see the migration `consent-events-append-only`).
 */
export const consentEvents = pgTable(
  'consent_events',
  {
    id: id(),
    subjectType: text('subject_type', { enum: consentSubjectTypes }).notNull(),
    candidateId: uuid('candidate_id').references(() => candidates.id, { onDelete: 'cascade' }),
    subscriberId: uuid('subscriber_id').references(() => subscribers.id, { onDelete: 'cascade' }),
    /** Another person (neither candidate nor subscriber), identified by normalised email. */
    personEmail: text('person_email'),
    personName: text('person_name'),
    purpose: text('purpose', { enum: consentPurposes }).notNull(),
    /** Only for share_with_client: consent is given for one case at a time. */
    caseId: uuid('case_id').references(() => cases.id),
    action: text('action', { enum: consentActions }).notNull(),
    occurredAt: timestamptz('occurred_at').notNull(),
    recordedAt: timestamptz('recorded_at').notNull().defaultNow(),
    method: text('method', { enum: consentMethods }).notNull(),
    evidenceForm: text('evidence_form'),
    evidenceStatementVersion: text('evidence_statement_version'),
    evidenceIpAnonymised: text('evidence_ip_anonymised'),
    evidenceNote: text('evidence_note'),
    /** Null when the person recorded it themselves through a public endpoint. */
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [
    index('consent_events_candidate_idx').on(t.candidateId, t.purpose, t.occurredAt.desc().nullsFirst()),
    index('consent_events_subscriber_idx').on(t.subscriberId, t.purpose, t.occurredAt.desc().nullsFirst()),
    index('consent_events_person_idx').on(t.personEmail, t.purpose, t.occurredAt.desc().nullsFirst()),
    index('consent_events_case_idx').on(t.caseId),
    index('consent_events_recorded_by_idx').on(t.recordedBy),
    index('consent_events_occurred_idx').on(t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The retention clock: a candidate's newest registry grant, read from the index alone.
    index('consent_events_registry_grant_idx')
      .on(t.candidateId, t.occurredAt.desc().nullsFirst())
      .where(sql`purpose = 'candidate_registry' AND action = 'granted'`),
    check('consent_events_purpose_valid', inList('purpose', consentPurposes)),
    check('consent_events_action_valid', inList('action', consentActions)),
    check('consent_events_method_valid', inList('method', consentMethods)),
    check('consent_events_subject_type_valid', inList('subject_type', consentSubjectTypes)),
    check(
      'consent_events_one_subject',
      sql`(subject_type = 'candidate' AND candidate_id IS NOT NULL AND subscriber_id IS NULL AND person_email IS NULL)
       OR (subject_type = 'subscriber' AND subscriber_id IS NOT NULL AND candidate_id IS NULL AND person_email IS NULL)
       OR (subject_type = 'person' AND person_email IS NOT NULL AND candidate_id IS NULL AND subscriber_id IS NULL)`,
    ),
    check('consent_events_person_email_normalised', normalisedEmailCheck('person_email')),
    check('consent_events_case_iff_sharing', sql`(purpose = 'share_with_client') = (case_id IS NOT NULL)`),
    check('consent_events_newsletter_subject', sql`purpose <> 'newsletter' OR subject_type <> 'candidate'`),
    check('consent_events_ip_anonymised', anonymisedIpCheck('evidence_ip_anonymised')),
    check('consent_events_note_length', sql`length(evidence_note) <= 2000`),
  ],
);

/**
 * Running totals of consent events per Oslo calendar month, purpose and action, kept by
 * statement-level triggers on consent_events (migration `consent-event-totals`): counting the
 * whole history, or a year of activity per month, reads a few hundred rows instead of millions.
 */
export const consentEventTotals = pgTable(
  'consent_event_totals',
  {
    /** The first day of the month in Europe/Oslo in which the events occurred. */
    month: date('month', { mode: 'string' }).notNull(),
    purpose: text('purpose', { enum: consentPurposes }).notNull(),
    action: text('action', { enum: consentActions }).notNull(),
    events: bigint('events', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.month, t.purpose, t.action] }), check('consent_event_totals_not_negative', sql`events >= 0`)],
);
