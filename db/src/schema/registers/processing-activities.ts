import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, inList, updatedAt } from '../columns.ts';
import { processors } from '../processors/processors.ts';
import { retentionRules } from '../retention/retention.ts';
import { legalBases } from '../../values.ts';

/** The record of processing activities (GDPR Art. 30, behandlingsprotokoll). */
export const processingActivities = pgTable(
  'processing_activities',
  {
    id: id(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    legalBasis: text('legal_basis', { enum: legalBases }).notNull(),
    legalBasisDetail: text('legal_basis_detail'),
    dataSubjectCategories: text('data_subject_categories').array().notNull().default(sql`'{}'::text[]`),
    dataCategories: text('data_categories').array().notNull().default(sql`'{}'::text[]`),
    recipients: text('recipients').array().notNull().default(sql`'{}'::text[]`),
    thirdCountryTransfers: text('third_country_transfers'),
    securityMeasures: text('security_measures').notNull(),
    retentionRuleId: uuid('retention_rule_id').references(() => retentionRules.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('processing_activities_name_key').on(t.name),
    index('processing_activities_retention_idx').on(t.retentionRuleId),
    check('processing_activities_basis_valid', inList('legal_basis', legalBases)),
    check('processing_activities_name_present', sql`length(btrim(name)) between 1 and 200`),
  ],
);

/** Which processors take part in an activity. */
export const processingActivityProcessors = pgTable(
  'processing_activity_processors',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => processingActivities.id, { onDelete: 'cascade' }),
    processorId: uuid('processor_id')
      .notNull()
      .references(() => processors.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.processorId] }),
    index('processing_activity_processors_processor_idx').on(t.processorId),
  ],
);
