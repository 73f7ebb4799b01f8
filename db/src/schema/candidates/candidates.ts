import { sql } from 'drizzle-orm';
import { bigint, check, customType, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, e164Check, id, inList, normalisedEmailCheck, timestamptz, updatedAt } from '../columns.ts';
import { users } from '../users/users.ts';
import { candidateStatuses, candidateSources, documentContentTypes, maxDocumentBytes } from '../../values.ts';

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** "Aprimo Kandidater": people who registered or were added as candidates. */
export const candidates = pgTable(
  'candidates',
  {
    id: id(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    location: text('location'),
    summary: text('summary'),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    status: text('status', { enum: candidateStatuses }).notNull().default('active'),
    source: text('source', { enum: candidateSources }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastActivityAt: timestamptz('last_activity_at').notNull().defaultNow(),
    /** When the candidate was warned that inactivity will delete their data; renewal clears it. */
    retentionWarnedAt: timestamptz('retention_warned_at'),
    /**
     * When the inactivity clock started: the later of last_activity_at and the newest
     * candidate_registry grant. Kept by triggers (migration `retention-clock-triggers`), never
     * written by the app — the default is overwritten on insert — so the retention count is an
     * index scan instead of a subquery per candidate.
     */
    retentionClockAt: timestamptz('retention_clock_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('candidates_email_key').on(t.email),
    index('candidates_created_at_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('candidates_full_name_idx').on(t.fullName, t.id),
    index('candidates_last_activity_idx').on(t.lastActivityAt, t.id),
    index('candidates_status_idx').on(t.status),
    // The retention job's two questions: who may be deleted (unwarnable, or warned for this
    // period of inactivity — a small set, counted from this index alone) and who is coming due
    // (a range of the clock).
    index('candidates_retention_due_idx')
      .on(t.retentionClockAt, t.retentionWarnedAt, t.email)
      .where(sql`email IS NULL OR retention_warned_at >= retention_clock_at`),
    index('candidates_retention_clock_idx').on(t.retentionClockAt),
    index('candidates_created_by_idx').on(t.createdBy),
    // Name search tolerant of typos and ø/o, æ/ae, å/aa: name_search is a stored generated
    // tsvector of the folded name words (migration `search-name-words`), kept out of this table
    // definition so no select of candidate columns carries it. See candidateNameWords.
    index('candidates_name_search_idx').using('gin', sql`name_search`).with({ fastupdate: false }),
    check('candidates_email_normalised', normalisedEmailCheck('email')),
    check('candidates_phone_e164', e164Check('phone')),
    check('candidates_full_name_present', sql`length(btrim(full_name)) between 1 and 200`),
    check('candidates_status_valid', inList('status', candidateStatuses)),
    check('candidates_source_valid', inList('source', candidateSources)),
    check('candidates_summary_length', sql`length(summary) <= 10000`),
  ],
);

/** CV documents, kept in the database so that erasing a candidate is one transaction. */
export const candidateDocuments = pgTable(
  'candidate_documents',
  {
    id: id(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type', { enum: documentContentTypes }).notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('candidate_documents_version_key').on(t.candidateId, t.version),
    index('candidate_documents_uploaded_by_idx').on(t.uploadedBy),
    check('candidate_documents_type_valid', inList('content_type', documentContentTypes)),
    check('candidate_documents_size', sql`byte_size > 0 AND byte_size <= ${sql.raw(String(maxDocumentBytes))} AND byte_size = length(content)`),
    check('candidate_documents_version_positive', sql`version > 0`),
    check('candidate_documents_file_name', sql`length(btrim(file_name)) between 1 and 255`),
  ],
);

/**
 * How many candidates there are per status and source, kept by statement-level triggers on
 * candidates (migration `candidate-totals`), so the list's total — unfiltered or filtered by
 * status or source — is a sum of at most six rows instead of a count over every candidate.
 */
export const candidateTotals = pgTable(
  'candidate_totals',
  {
    status: text('status', { enum: candidateStatuses }).notNull(),
    source: text('source', { enum: candidateSources }).notNull(),
    candidates: bigint('candidates', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.status, t.source] }), check('candidate_totals_not_negative', sql`candidates >= 0`)],
);

/**
 * Every distinct folded name word of the candidates (search_words(full_name), migration
 * `search-name-words`) and how many candidates have it, kept exact by statement-level triggers
 * on candidates: a word nobody has any more is deleted, so an erased name leaves no word behind.
 * A search fuzzy-matches each query word against these few thousand words (trigram index), then
 * looks the candidates up by the exact words found.
 */
export const candidateNameWords = pgTable(
  'candidate_name_words',
  {
    word: text('word').primaryKey(),
    candidates: integer('candidates').notNull(),
  },
  (t) => [index('candidate_name_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`).with({ fastupdate: false })],
);
