import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { candidates } from '../candidates/candidates.ts';
import { createdAt, id, inList, normalisedEmailCheck, timestamptz } from '../columns.ts';
import { outboxKinds } from '../../values.ts';

/**
 * Outgoing email. Sent through SMTP when configured; without SMTP (demo, development) it stays
 * here for the dashboard to show. Erasure deletes a person's mail by address.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id(),
    kind: text('kind', { enum: outboxKinds }).notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    /** Extra headers, e.g. List-Unsubscribe. */
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
    sentAt: timestamptz('sent_at'),
    attempts: integer('attempts').notNull().default(0),
    /** The SMTP reply code of the last failure; never the server's text. */
    lastErrorCode: text('last_error_code'),
  },
  (t) => [
    index('email_outbox_unsent_idx').on(t.sentAt, t.createdAt),
    index('email_outbox_created_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('email_outbox_to_idx').on(t.toAddress),
    check('email_outbox_kind_valid', inList('kind', outboxKinds)),
    check('email_outbox_to_normalised', normalisedEmailCheck('to_address')),
    check('email_outbox_attempts', sql`attempts >= 0`),
  ],
);

/** "Min konto" links: a candidate's signed, expiring access to see, download and erase their data. */
export const selfServiceTokens = pgTable(
  'self_service_tokens',
  {
    id: id(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    /** SHA-256 of the token in the link; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
  },
  (t) => [
    uniqueIndex('self_service_tokens_hash_key').on(t.tokenHash),
    index('self_service_tokens_candidate_idx').on(t.candidateId),
    index('self_service_tokens_expires_idx').on(t.expiresAt),
    check('self_service_tokens_lifetime', sql`expires_at > created_at`),
  ],
);

/**
 * Answers to mutations sent with an Idempotency-Key, so a client that retries after a lost
 * response gets the first answer instead of a second record.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** `user:<id>` or `public:<anonymised ip>`: keys are only unique per caller. */
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the operation and its variables: the same key with other input is refused. */
    requestHash: text('request_hash').notNull(),
    response: jsonb('response').$type<unknown>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('idempotency_keys_scope_key').on(t.scope, t.key),
    index('idempotency_keys_created_idx').on(t.createdAt),
    check('idempotency_keys_key_format', sql`length(key) between 8 and 200`),
  ],
);
