import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, e164Check, id, inList, timestamptz, updatedAt } from '../columns.ts';
import { candidates } from '../candidates/candidates.ts';
import { users } from '../users/users.ts';
import { caseStatuses, callDirections } from '../../values.ts';

/** A case (enkeltsak / oppdrag) for a client. Call notes exist only inside a case. */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    clientName: text('client_name').notNull(),
    responsiblePartnerId: uuid('responsible_partner_id')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: caseStatuses }).notNull().default('open'),
    openedAt: timestamptz('opened_at').notNull().defaultNow(),
    closedAt: timestamptz('closed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('cases_reference_key').on(t.reference),
    index('cases_responsible_partner_idx').on(t.responsiblePartnerId),
    index('cases_status_opened_idx').on(t.status, t.openedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('cases_opened_at_idx').on(t.openedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // Closed long enough for the retention rule on their notes (the overview's due count).
    index('cases_closed_at_idx').on(t.closedAt).where(sql`status = 'closed'`),
    check('cases_status_valid', inList('status', caseStatuses)),
    check('cases_closed_has_time', sql`(status = 'closed') = (closed_at IS NOT NULL)`),
    check('cases_closed_after_opened', sql`closed_at IS NULL OR closed_at >= opened_at`),
    check('cases_title_present', sql`length(btrim(title)) between 1 and 200`),
    check('cases_client_present', sql`length(btrim(client_name)) between 1 and 200`),
    check('cases_reference_present', sql`length(btrim(reference)) between 1 and 40`),
  ],
);

/** Who works on a case: staff may only reach the cases they are members of. */
export const caseMembers = pgTable(
  'case_members',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_members_user_idx').on(t.userId)],
);

/** A note written after a phone call that belongs to a case (§ Telefonsamtaler). */
export const callNotes = pgTable(
  'call_notes',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    occurredAt: timestamptz('occurred_at').notNull(),
    direction: text('direction', { enum: callDirections }).notNull(),
    otherPartyName: text('other_party_name').notNull(),
    otherPartyPhone: text('other_party_phone'),
    /** The candidate the call was about, when it was about one. */
    candidateId: uuid('candidate_id').references(() => candidates.id, { onDelete: 'set null' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    /** Set when the author saved despite the sensitive-data warning, with their reason. */
    sensitiveOverrideReason: text('sensitive_override_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('call_notes_case_idx').on(t.caseId, t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('call_notes_candidate_idx').on(t.candidateId, t.occurredAt.desc().nullsFirst()),
    index('call_notes_author_idx').on(t.authorId),
    index('call_notes_occurred_idx').on(t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // Full-text search over what was said, with Norwegian stemming: body_search is a stored
    // generated to_tsvector('norwegian', body) (migration `search-name-words`), so neither the
    // index recheck nor the ranking parses a note again. Kept out of this table definition so
    // no select of note columns carries it (auditors never receive a note's words).
    index('call_notes_body_search_idx').using('gin', sql`body_search`).with({ fastupdate: false }),
    // Finding every note that mentions a person (export, erasure): trigram indexes serve
    // `ILIKE '%…%'` on the text and `LIKE '%digits%'` on its digits (phones written with spaces;
    // digits_only: migration `digits-only-function`). No fast-update pending list: it is read in
    // full by every search, and after a few thousand new notes that cost 10 ms per export.
    index('call_notes_other_party_phone_idx').on(t.otherPartyPhone),
    index('call_notes_other_party_trgm_idx').using('gin', sql`${t.otherPartyName} gin_trgm_ops`).with({ fastupdate: false }),
    index('call_notes_body_trgm_idx').using('gin', sql`${t.body} gin_trgm_ops`).with({ fastupdate: false }),
    index('call_notes_body_digits_trgm_idx').using('gin', sql`digits_only(${t.body}) gin_trgm_ops`).with({ fastupdate: false }),
    index('call_notes_override_reason_trgm_idx').using('gin', sql`${t.sensitiveOverrideReason} gin_trgm_ops`).with({ fastupdate: false }),
    index('call_notes_override_reason_digits_trgm_idx').using('gin', sql`digits_only(${t.sensitiveOverrideReason}) gin_trgm_ops`).with({ fastupdate: false }),
    check('call_notes_direction_valid', inList('direction', callDirections)),
    check('call_notes_other_party_present', sql`length(btrim(other_party_name)) between 1 and 200`),
    check('call_notes_phone_e164', e164Check('other_party_phone')),
    check('call_notes_body_length', sql`length(btrim(body)) between 1 and 10000`),
  ],
);
