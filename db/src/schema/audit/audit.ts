import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { anonymisedIpCheck, timestamptz } from '../columns.ts';
import { users } from '../users/users.ts';

/**
 * Who did what to whose data. Append-only (triggers refuse UPDATE, DELETE, TRUNCATE) and
 * tamper-evident: a BEFORE INSERT trigger gives each entry the next `seq` and sets
 * `hash` = sha256(previous hash | this entry), serialised through `audit_chain_head`.
 * The person concerned is stored only as a pseudonym (a keyed hash), never name or email.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** Position in the hash chain, assigned by the trigger under the chain head's row lock. */
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    occurredAt: timestamptz('occurred_at').notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    subjectPseudonym: text('subject_pseudonym'),
    requestId: text('request_id'),
    ipAnonymised: text('ip_anonymised'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    prevHash: text('prev_hash'),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    uniqueIndex('audit_log_seq_key').on(t.seq),
    index('audit_log_occurred_idx').on(t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('audit_log_actor_idx').on(t.actorId, t.occurredAt.desc().nullsFirst()),
    index('audit_log_subject_idx').on(t.subjectPseudonym, t.occurredAt.desc().nullsFirst()),
    index('audit_log_action_idx').on(t.action, t.occurredAt.desc().nullsFirst()),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    check('audit_log_ip_anonymised', anonymisedIpCheck('ip_anonymised')),
    check('audit_log_action_format', sql`action ~ '^[a-z][a-zA-Z.]*$'`),
  ],
);

/** The newest link of the audit chain; its row lock orders concurrent audit writes. */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    singleton: boolean('singleton').primaryKey().default(true),
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
    lastHash: text('last_hash'),
  },
  () => [check('audit_chain_head_singleton', sql`singleton`)],
);
