import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { candidates } from '../candidates/candidates.ts';
import { createdAt, e164Check, id, inList, normalisedEmailCheck, timestamptz } from '../columns.ts';
import { users } from '../users/users.ts';
import { requestKinds, requestStatuses } from '../../values.ts';

/** A data-subject request (GDPR Art. 12–22) with its legal deadline. */
export const dataSubjectRequests = pgTable(
  'data_subject_requests',
  {
    id: id(),
    kind: text('kind', { enum: requestKinds }).notNull(),
    requesterName: text('requester_name').notNull(),
    requesterEmail: text('requester_email'),
    requesterPhone: text('requester_phone'),
    candidateId: uuid('candidate_id').references(() => candidates.id, { onDelete: 'set null' }),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    extendedDueOn: date('extended_due_on', { mode: 'string' }),
    extensionReason: text('extension_reason'),
    identityVerifiedAt: timestamptz('identity_verified_at'),
    /** When the firm asked the requester to prove who they are; the deadline pauses from then. */
    identityRequestedAt: timestamptz('identity_requested_at'),
    /** Days the deadline stood still while identity was unverified (GDPR Art. 12(6)). */
    pausedDays: integer('paused_days').notNull().default(0),
    status: text('status', { enum: requestStatuses }).notNull().default('received'),
    refusalReason: text('refusal_reason'),
    resolution: text('resolution'),
    handlerId: uuid('handler_id').references(() => users.id),
    completedAt: timestamptz('completed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('dsr_due_idx').on(t.dueOn, t.id),
    index('dsr_status_idx').on(t.status, t.dueOn),
    index('dsr_handler_idx').on(t.handlerId),
    index('dsr_candidate_idx').on(t.candidateId),
    index('dsr_received_idx').on(t.receivedOn.desc().nullsFirst(), t.id.desc().nullsFirst()),
    check('dsr_kind_valid', inList('kind', requestKinds)),
    check('dsr_status_valid', inList('status', requestStatuses)),
    check('dsr_email_normalised', normalisedEmailCheck('requester_email')),
    check('dsr_phone_e164', e164Check('requester_phone')),
    check('dsr_due_after_received', sql`due_on >= received_on`),
    check('dsr_extension_reasoned', sql`(extended_due_on IS NULL) = (extension_reason IS NULL)`),
    check('dsr_extension_after_due', sql`extended_due_on IS NULL OR extended_due_on > due_on`),
    check('dsr_refusal_reasoned', sql`(status = 'refused') = (refusal_reason IS NOT NULL)`),
    check('dsr_name_present', sql`length(btrim(requester_name)) between 1 and 200`),
    check('dsr_paused_days', sql`paused_days >= 0`),
  ],
);

/** Internal comments on a request, in the order they were written. */
export const requestComments = pgTable(
  'request_comments',
  {
    id: id(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => dataSubjectRequests.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    /** Set when the author saved despite the sensitive-data warning, with their reason. */
    sensitiveOverrideReason: text('sensitive_override_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    index('request_comments_request_idx').on(t.requestId, t.createdAt),
    index('request_comments_author_idx').on(t.authorId),
    check('request_comments_body_length', sql`length(btrim(body)) between 1 and 5000`),
  ],
);

/**
 * Proof that an erasure happened, without the data: a keyed hash (HMAC) of each identifier,
 * so a later import of the same email can be recognised as erased.
 */
export const erasureTombstones = pgTable(
  'erasure_tombstones',
  {
    id: id(),
    identifierHashes: text('identifier_hashes').array().notNull(),
    erasedAt: timestamptz('erased_at').notNull().defaultNow(),
    erasedBy: uuid('erased_by').references(() => users.id),
    requestId: uuid('request_id').references(() => dataSubjectRequests.id, { onDelete: 'set null' }),
    /** Counts of what was removed per area; never the data itself. */
    removedCounts: jsonb('removed_counts').$type<Record<string, number>>().notNull(),
  },
  (t) => [
    index('erasure_tombstones_hashes_idx').using('gin', t.identifierHashes),
    index('erasure_tombstones_erased_by_idx').on(t.erasedBy),
    index('erasure_tombstones_request_idx').on(t.requestId),
    check('erasure_tombstones_has_hash', sql`cardinality(identifier_hashes) > 0`),
  ],
);
