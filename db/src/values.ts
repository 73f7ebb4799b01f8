/**
 * The domain's fixed vocabularies, with no dependency: the database schema, the API's zod
 * inputs and the web app all read them from here (the web bundle must not pull in drizzle).
 */
export const candidateStatuses = ['active', 'placed', 'inactive'] as const;

export const candidateSources = ['self_registered', 'added_by_partner'] as const;

export const documentContentTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

/** The largest CV the register accepts, in bytes. */
export const maxDocumentBytes = 10 * 1024 * 1024;

export type CandidateStatus = (typeof candidateStatuses)[number];

export const caseStatuses = ['open', 'closed'] as const;

export const callDirections = ['incoming', 'outgoing'] as const;

export type CaseStatus = (typeof caseStatuses)[number];

export type CallDirection = (typeof callDirections)[number];

export const consentPurposes = [
  'candidate_registry',
  'share_with_client',
  'newsletter',
  'web_analytics',
  'advertising',
] as const;

export const consentActions = ['granted', 'withdrawn'] as const;

export const consentMethods = ['web_form', 'email', 'phone', 'in_person'] as const;

export const consentSubjectTypes = ['candidate', 'subscriber', 'person'] as const;

export type ConsentPurpose = (typeof consentPurposes)[number];

export type ConsentAction = (typeof consentActions)[number];

export const subscriberStatuses = ['pending', 'active'] as const;

export const subscriberSources = ['web_form', 'added_by_partner'] as const;

export type SubscriberStatus = (typeof subscriberStatuses)[number];

export const processorRoles = ['processor', 'sub_processor', 'independent_controller'] as const;

export const dataLocations = ['eea', 'third_country'] as const;

export const transferBases = ['adequacy_decision', 'standard_contractual_clauses', 'binding_corporate_rules', 'derogation'] as const;

export const agreementKinds = ['data_processing_agreement', 'commercial_agreement', 'joint_controller_arrangement'] as const;

export const agreementStatuses = ['draft', 'signed', 'expired', 'terminated'] as const;

/** The obligations GDPR Art. 28(3)(a)–(h) requires a data processing agreement to cover. */
export const art28Clauses = [
  'documented_instructions',
  'confidentiality',
  'security_measures',
  'sub_processor_conditions',
  'data_subject_rights_assistance',
  'compliance_assistance',
  'deletion_or_return',
  'audits_and_information',
] as const;

export type Art28Clause = (typeof art28Clauses)[number];

/** The lawful bases of GDPR Art. 6(1)(a)–(f). */
export const legalBases = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;

export const requestKinds = [
  'access',
  'rectification',
  'supplement',
  'erasure',
  'restriction',
  'portability',
  'objection',
] as const;

export const requestStatuses = ['received', 'identity_verified', 'in_progress', 'completed', 'refused'] as const;

export const retentionCategories = [
  'inactive_candidates',
  'call_notes_after_case_closed',
  'answered_inquiries',
  'unconfirmed_subscribers',
  'staff_accounting_records',
  'departed_staff_accounts',
] as const;

export const retentionClockStarts = [
  'last_activity',
  'case_closed',
  'inquiry_answered',
  'unconfirmed_signup',
  'financial_year_end',
  'departure',
] as const;

export const retentionActions = ['delete', 'anonymise'] as const;

export const userRoles = ['partner', 'staff', 'auditor'] as const;

export const userStatuses = ['active', 'disabled'] as const;

export type UserRole = (typeof userRoles)[number];

export const retentionRunModes = ['dry_run', 'apply'] as const;

export const retentionRunStatuses = ['running', 'completed', 'failed', 'interrupted'] as const;

export const complianceTaskKinds = ['mailbox_review', 'departure_checklist', 'agreement_review', 'privacy_statement_review'] as const;

export const outboxKinds = [
  'newsletter_confirmation',
  'self_service_link',
  'retention_warning',
  'request_receipt',
  'other',
] as const;
