import { sql } from 'drizzle-orm';
import { check, index, pgSchema, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, inList, normalisedEmailCheck, timestamptz } from '../columns.ts';
import { subscriberStatuses, subscriberSources } from '../../values.ts';

/**
 * The newsletter's addresses live in a store of their own (§ Nyhetsbrev): a separate
 * PostgreSQL schema, never joined with candidates.
 */
export const newsletter = pgSchema('newsletter');

/** An address on the list. Unsubscribing or bouncing deletes the row; it has no "removed" state. */
export const subscribers = newsletter.table(
  'subscribers',
  {
    id: id(),
    email: text('email').notNull(),
    status: text('status', { enum: subscriberStatuses }).notNull().default('pending'),
    source: text('source', { enum: subscriberSources }).notNull(),
    createdAt: createdAt(),
    confirmedAt: timestamptz('confirmed_at'),
  },
  (t) => [
    uniqueIndex('subscribers_email_key').on(t.email),
    index('subscribers_created_at_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('subscribers_status_idx').on(t.status),
    // Unconfirmed sign-ups by age, for the retention count (index only).
    index('subscribers_pending_created_idx').on(t.createdAt).where(sql`status = 'pending'`),
    check('subscribers_email_normalised', normalisedEmailCheck('email')),
    check('subscribers_status_valid', inList('status', subscriberStatuses)),
    check('subscribers_source_valid', inList('source', subscriberSources)),
    check('subscribers_active_confirmed', sql`(status = 'active') = (confirmed_at IS NOT NULL)`),
  ],
);
