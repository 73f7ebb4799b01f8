import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../candidates/candidates.ts';
import { createdAt, id, inList, updatedAt } from '../columns.ts';
import { processorRoles, dataLocations, transferBases, agreementKinds, agreementStatuses, art28Clauses } from '../../values.ts';

/** Vendors that can reach personal data, with what they do and where the data goes. */
export const processors = pgTable(
  'processors',
  {
    id: id(),
    name: text('name').notNull(),
    organisationNumber: text('organisation_number'),
    role: text('role', { enum: processorRoles }).notNull(),
    parentProcessorId: uuid('parent_processor_id').references((): AnyPgColumn => processors.id),
    serviceDescription: text('service_description').notNull(),
    dataCategories: text('data_categories').array().notNull().default(sql`'{}'::text[]`),
    dataSubjectCategories: text('data_subject_categories').array().notNull().default(sql`'{}'::text[]`),
    hasPersonalDataAccess: boolean('has_personal_data_access').notNull().default(true),
    dataLocation: text('data_location', { enum: dataLocations }).notNull(),
    countries: text('countries').array().notNull().default(sql`'{}'::text[]`),
    transferBasis: text('transfer_basis', { enum: transferBases }),
    website: text('website'),
    /** Listed among the public privacy statement's tools, with this opt-out link. */
    listedInPrivacyStatement: boolean('listed_in_privacy_statement').notNull().default(false),
    optOutUrl: text('opt_out_url'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('processors_name_key').on(sql`lower(${t.name})`),
    index('processors_parent_idx').on(t.parentProcessorId),
    check('processors_role_valid', inList('role', processorRoles)),
    check('processors_location_valid', inList('data_location', dataLocations)),
    check('processors_transfer_basis_valid', inList('transfer_basis', transferBases)),
    check('processors_third_country_basis', sql`data_location = 'eea' OR transfer_basis IS NOT NULL`),
    check('processors_name_present', sql`length(btrim(name)) between 1 and 200`),
    check('processors_org_number', sql`organisation_number ~ '^[0-9]{9}$'`),
    check('processors_sub_has_parent', sql`(role = 'sub_processor') = (parent_processor_id IS NOT NULL)`),
    check('processors_urls', sql`(website IS NULL OR website ~ '^https://') AND (opt_out_url IS NULL OR opt_out_url ~ '^https://')`),
  ],
);

/** The agreement with a vendor: what it covers, its document and when to review it. */
export const processorAgreements = pgTable(
  'processor_agreements',
  {
    id: id(),
    processorId: uuid('processor_id')
      .notNull()
      .references(() => processors.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: agreementKinds }).notNull(),
    status: text('status', { enum: agreementStatuses }).notNull().default('draft'),
    signedOn: date('signed_on', { mode: 'string' }),
    reviewDueOn: date('review_due_on', { mode: 'string' }).notNull(),
    clauses: text('clauses').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    documentName: text('document_name'),
    documentContentType: text('document_content_type'),
    documentByteSize: integer('document_byte_size'),
    document: bytea('document'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('processor_agreements_processor_idx').on(t.processorId),
    index('processor_agreements_review_idx').on(t.reviewDueOn, t.id),
    check('processor_agreements_kind_valid', inList('kind', agreementKinds)),
    check('processor_agreements_status_valid', inList('status', agreementStatuses)),
    check('processor_agreements_signed_has_date', sql`status <> 'signed' OR signed_on IS NOT NULL`),
    check(
      'processor_agreements_clauses_known',
      sql.raw(`clauses <@ ARRAY[${art28Clauses.map((c) => `'${c}'`).join(', ')}]::text[]`),
    ),
    check(
      'processor_agreements_document_complete',
      sql`(document IS NULL) = (document_name IS NULL) AND (document IS NULL) = (document_content_type IS NULL) AND (document IS NULL OR document_byte_size = length(document))`,
    ),
  ],
);
