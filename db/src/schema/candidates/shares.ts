import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamptz } from '../columns.ts';
import { cases } from '../cases/cases.ts';
import { consentEvents } from '../consents/consents.ts';
import { users } from '../users/users.ts';
import { candidateDocuments, candidates } from './candidates.ts';

/**
 * A candidate's CV or profile sent to a client. Each share names the consent event it relied
 * on: sharing without an active share_with_client consent for that case is refused.
 */
export const candidateShares = pgTable(
  'candidate_shares',
  {
    id: id(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    documentId: uuid('document_id').references(() => candidateDocuments.id, { onDelete: 'set null' }),
    documentVersion: text('document_version'),
    recipient: text('recipient').notNull(),
    consentEventId: uuid('consent_event_id')
      .notNull()
      .references(() => consentEvents.id, { onDelete: 'cascade' }),
    sharedBy: uuid('shared_by')
      .notNull()
      .references(() => users.id),
    sharedAt: timestamptz('shared_at').notNull().defaultNow(),
  },
  (t) => [
    index('candidate_shares_candidate_idx').on(t.candidateId, t.sharedAt.desc().nullsFirst()),
    index('candidate_shares_case_idx').on(t.caseId),
    index('candidate_shares_document_idx').on(t.documentId),
    index('candidate_shares_consent_idx').on(t.consentEventId),
    index('candidate_shares_shared_by_idx').on(t.sharedBy),
    check('candidate_shares_recipient_present', sql`length(btrim(recipient)) between 1 and 200`),
  ],
);
