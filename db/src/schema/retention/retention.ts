import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, inList, updatedAt } from '../columns.ts';
import { users } from '../users/users.ts';
import { retentionCategories, retentionClockStarts, retentionActions } from '../../values.ts';

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
