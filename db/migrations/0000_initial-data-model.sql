CREATE SCHEMA "newsletter";
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"reauthenticated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_anonymised" text,
	CONSTRAINT "sessions_ip_anonymised" CHECK (ip_anonymised ~ '^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.0$' OR ip_anonymised ~ '^[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::$')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"full_name" text NOT NULL,
	"title" text,
	"role" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"password_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "users_email_normalised" CHECK (email = lower(btrim(email)) AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
	CONSTRAINT "users_role_valid" CHECK (role IN ('partner', 'staff', 'auditor')),
	CONSTRAINT "users_status_valid" CHECK (status IN ('active', 'disabled')),
	CONSTRAINT "users_full_name_present" CHECK (length(btrim(full_name)) between 1 and 200),
	CONSTRAINT "users_disabled_has_time" CHECK ((status = 'disabled') = (disabled_at IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "candidate_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_documents_type_valid" CHECK (content_type IN ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
	CONSTRAINT "candidate_documents_size" CHECK (byte_size > 0 AND byte_size <= 10485760 AND byte_size = length(content)),
	CONSTRAINT "candidate_documents_version_positive" CHECK (version > 0),
	CONSTRAINT "candidate_documents_file_name" CHECK (length(btrim(file_name)) between 1 and 255)
);
--> statement-breakpoint
CREATE TABLE "candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"email" text,
	"phone" text,
	"location" text,
	"summary" text,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"source" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidates_email_normalised" CHECK (email = lower(btrim(email)) AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
	CONSTRAINT "candidates_phone_e164" CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
	CONSTRAINT "candidates_full_name_present" CHECK (length(btrim(full_name)) between 1 and 200),
	CONSTRAINT "candidates_status_valid" CHECK (status IN ('active', 'placed', 'inactive')),
	CONSTRAINT "candidates_source_valid" CHECK (source IN ('self_registered', 'added_by_partner')),
	CONSTRAINT "candidates_summary_length" CHECK (length(summary) <= 10000)
);
--> statement-breakpoint
CREATE TABLE "candidate_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"document_id" uuid,
	"document_version" text,
	"recipient" text NOT NULL,
	"consent_event_id" uuid NOT NULL,
	"shared_by" uuid NOT NULL,
	"shared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_shares_recipient_present" CHECK (length(btrim(recipient)) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "consent_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"candidate_id" uuid,
	"subscriber_id" uuid,
	"person_email" text,
	"person_name" text,
	"purpose" text NOT NULL,
	"case_id" uuid,
	"action" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"method" text NOT NULL,
	"evidence_form" text,
	"evidence_statement_version" text,
	"evidence_ip_anonymised" text,
	"evidence_note" text,
	"recorded_by" uuid,
	CONSTRAINT "consent_events_purpose_valid" CHECK (purpose IN ('candidate_registry', 'share_with_client', 'newsletter', 'web_analytics', 'advertising')),
	CONSTRAINT "consent_events_action_valid" CHECK (action IN ('granted', 'withdrawn')),
	CONSTRAINT "consent_events_method_valid" CHECK (method IN ('web_form', 'email', 'phone', 'in_person')),
	CONSTRAINT "consent_events_subject_type_valid" CHECK (subject_type IN ('candidate', 'subscriber', 'person')),
	CONSTRAINT "consent_events_one_subject" CHECK ((subject_type = 'candidate' AND candidate_id IS NOT NULL AND subscriber_id IS NULL AND person_email IS NULL)
       OR (subject_type = 'subscriber' AND subscriber_id IS NOT NULL AND candidate_id IS NULL AND person_email IS NULL)
       OR (subject_type = 'person' AND person_email IS NOT NULL AND candidate_id IS NULL AND subscriber_id IS NULL)),
	CONSTRAINT "consent_events_person_email_normalised" CHECK (person_email = lower(btrim(person_email)) AND person_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
	CONSTRAINT "consent_events_case_iff_sharing" CHECK ((purpose = 'share_with_client') = (case_id IS NOT NULL)),
	CONSTRAINT "consent_events_newsletter_subject" CHECK (purpose <> 'newsletter' OR subject_type <> 'candidate'),
	CONSTRAINT "consent_events_ip_anonymised" CHECK (evidence_ip_anonymised ~ '^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.0$' OR evidence_ip_anonymised ~ '^[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::$'),
	CONSTRAINT "consent_events_note_length" CHECK (length(evidence_note) <= 2000)
);
--> statement-breakpoint
CREATE TABLE "newsletter"."subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "subscribers_email_normalised" CHECK (email = lower(btrim(email)) AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
	CONSTRAINT "subscribers_status_valid" CHECK (status IN ('pending', 'active')),
	CONSTRAINT "subscribers_source_valid" CHECK (source IN ('web_form', 'added_by_partner')),
	CONSTRAINT "subscribers_active_confirmed" CHECK ((status = 'active') = (confirmed_at IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "call_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"direction" text NOT NULL,
	"other_party_name" text NOT NULL,
	"other_party_phone" text,
	"candidate_id" uuid,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"sensitive_override_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_notes_direction_valid" CHECK (direction IN ('incoming', 'outgoing')),
	CONSTRAINT "call_notes_other_party_present" CHECK (length(btrim(other_party_name)) between 1 and 200),
	CONSTRAINT "call_notes_phone_e164" CHECK (other_party_phone ~ '^\+[1-9][0-9]{7,14}$'),
	CONSTRAINT "call_notes_body_length" CHECK (length(btrim(body)) between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "case_members" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_members_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"client_name" text NOT NULL,
	"responsible_partner_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_status_valid" CHECK (status IN ('open', 'closed')),
	CONSTRAINT "cases_closed_has_time" CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
	CONSTRAINT "cases_closed_after_opened" CHECK (closed_at IS NULL OR closed_at >= opened_at),
	CONSTRAINT "cases_title_present" CHECK (length(btrim(title)) between 1 and 200),
	CONSTRAINT "cases_client_present" CHECK (length(btrim(client_name)) between 1 and 200),
	CONSTRAINT "cases_reference_present" CHECK (length(btrim(reference)) between 1 and 40)
);
--> statement-breakpoint
CREATE TABLE "processor_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"processor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"signed_on" date,
	"review_due_on" date NOT NULL,
	"clauses" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"document_name" text,
	"document_content_type" text,
	"document_byte_size" integer,
	"document" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processor_agreements_kind_valid" CHECK (kind IN ('data_processing_agreement', 'commercial_agreement', 'joint_controller_arrangement')),
	CONSTRAINT "processor_agreements_status_valid" CHECK (status IN ('draft', 'signed', 'expired', 'terminated')),
	CONSTRAINT "processor_agreements_signed_has_date" CHECK (status <> 'signed' OR signed_on IS NOT NULL),
	CONSTRAINT "processor_agreements_clauses_known" CHECK (clauses <@ ARRAY['documented_instructions', 'confidentiality', 'security_measures', 'sub_processor_conditions', 'data_subject_rights_assistance', 'compliance_assistance', 'deletion_or_return', 'audits_and_information']::text[]),
	CONSTRAINT "processor_agreements_document_complete" CHECK ((document IS NULL) = (document_name IS NULL) AND (document IS NULL) = (document_content_type IS NULL) AND (document IS NULL OR document_byte_size = length(document)))
);
--> statement-breakpoint
CREATE TABLE "processors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"organisation_number" text,
	"role" text NOT NULL,
	"parent_processor_id" uuid,
	"service_description" text NOT NULL,
	"data_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"data_subject_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"has_personal_data_access" boolean DEFAULT true NOT NULL,
	"data_location" text NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"transfer_basis" text,
	"website" text,
	"listed_in_privacy_statement" boolean DEFAULT false NOT NULL,
	"opt_out_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processors_role_valid" CHECK (role IN ('processor', 'sub_processor', 'independent_controller')),
	CONSTRAINT "processors_location_valid" CHECK (data_location IN ('eea', 'third_country')),
	CONSTRAINT "processors_transfer_basis_valid" CHECK (transfer_basis IN ('adequacy_decision', 'standard_contractual_clauses', 'binding_corporate_rules', 'derogation')),
	CONSTRAINT "processors_third_country_basis" CHECK (data_location = 'eea' OR transfer_basis IS NOT NULL),
	CONSTRAINT "processors_name_present" CHECK (length(btrim(name)) between 1 and 200),
	CONSTRAINT "processors_org_number" CHECK (organisation_number ~ '^[0-9]{9}$'),
	CONSTRAINT "processors_sub_has_parent" CHECK ((role = 'sub_processor') = (parent_processor_id IS NOT NULL)),
	CONSTRAINT "processors_urls" CHECK ((website IS NULL OR website ~ '^https://') AND (opt_out_url IS NULL OR opt_out_url ~ '^https://'))
);
--> statement-breakpoint
CREATE TABLE "data_subject_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"requester_name" text NOT NULL,
	"requester_email" text,
	"requester_phone" text,
	"candidate_id" uuid,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"extended_due_on" date,
	"extension_reason" text,
	"identity_verified_at" timestamp with time zone,
	"status" text DEFAULT 'received' NOT NULL,
	"refusal_reason" text,
	"resolution" text,
	"handler_id" uuid,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dsr_kind_valid" CHECK (kind IN ('access', 'rectification', 'supplement', 'erasure', 'restriction', 'portability', 'objection')),
	CONSTRAINT "dsr_status_valid" CHECK (status IN ('received', 'identity_verified', 'in_progress', 'completed', 'refused')),
	CONSTRAINT "dsr_email_normalised" CHECK (requester_email = lower(btrim(requester_email)) AND requester_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
	CONSTRAINT "dsr_phone_e164" CHECK (requester_phone ~ '^\+[1-9][0-9]{7,14}$'),
	CONSTRAINT "dsr_due_after_received" CHECK (due_on >= received_on),
	CONSTRAINT "dsr_extension_reasoned" CHECK ((extended_due_on IS NULL) = (extension_reason IS NULL)),
	CONSTRAINT "dsr_extension_after_due" CHECK (extended_due_on IS NULL OR extended_due_on > due_on),
	CONSTRAINT "dsr_refusal_reasoned" CHECK ((status = 'refused') = (refusal_reason IS NOT NULL)),
	CONSTRAINT "dsr_name_present" CHECK (length(btrim(requester_name)) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "erasure_tombstones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identifier_hashes" text[] NOT NULL,
	"erased_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erased_by" uuid,
	"request_id" uuid,
	"removed_counts" jsonb NOT NULL,
	CONSTRAINT "erasure_tombstones_has_hash" CHECK (cardinality(identifier_hashes) > 0)
);
--> statement-breakpoint
CREATE TABLE "request_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_comments_body_length" CHECK (length(btrim(body)) between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "audit_chain_head" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"last_hash" text,
	CONSTRAINT "audit_chain_head_singleton" CHECK (singleton)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"seq" bigint DEFAULT 0 NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"subject_pseudonym" text,
	"request_id" text,
	"ip_anonymised" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prev_hash" text,
	"hash" text DEFAULT '' NOT NULL,
	CONSTRAINT "audit_log_ip_anonymised" CHECK (ip_anonymised ~ '^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.0$' OR ip_anonymised ~ '^[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::$'),
	CONSTRAINT "audit_log_action_format" CHECK (action ~ '^[a-z][a-zA-Z.]*$')
);
--> statement-breakpoint
CREATE TABLE "retention_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"duration_months" integer NOT NULL,
	"counts_from" text NOT NULL,
	"action" text NOT NULL,
	"legal_basis" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "retention_rules_category_valid" CHECK (category IN ('inactive_candidates', 'call_notes_after_case_closed', 'answered_inquiries', 'unconfirmed_subscribers', 'staff_accounting_records', 'departed_staff_accounts')),
	CONSTRAINT "retention_rules_counts_from_valid" CHECK (counts_from IN ('last_activity', 'case_closed', 'inquiry_answered', 'unconfirmed_signup', 'financial_year_end', 'departure')),
	CONSTRAINT "retention_rules_action_valid" CHECK (action IN ('delete', 'anonymise')),
	CONSTRAINT "retention_rules_duration" CHECK (duration_months between 1 and 1200)
);
--> statement-breakpoint
CREATE TABLE "contact_inquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"message" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_anonymised" text,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	CONSTRAINT "contact_inquiries_email_normalised" CHECK (email = lower(btrim(email)) AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
	CONSTRAINT "contact_inquiries_phone_e164" CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
	CONSTRAINT "contact_inquiries_ip_anonymised" CHECK (ip_anonymised ~ '^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.0$' OR ip_anonymised ~ '^[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::$'),
	CONSTRAINT "contact_inquiries_name_present" CHECK (length(btrim(name)) between 1 and 200),
	CONSTRAINT "contact_inquiries_message_length" CHECK (length(btrim(message)) between 1 and 5000),
	CONSTRAINT "contact_inquiries_answered_by_whom" CHECK ((answered_at IS NULL) = (answered_by IS NULL))
);
--> statement-breakpoint
CREATE TABLE "processing_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"legal_basis" text NOT NULL,
	"legal_basis_detail" text,
	"data_subject_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"data_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"recipients" text[] DEFAULT '{}'::text[] NOT NULL,
	"third_country_transfers" text,
	"security_measures" text NOT NULL,
	"retention_rule_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processing_activities_basis_valid" CHECK (legal_basis IN ('consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests')),
	CONSTRAINT "processing_activities_name_present" CHECK (length(btrim(name)) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "processing_activity_processors" (
	"activity_id" uuid NOT NULL,
	"processor_id" uuid NOT NULL,
	CONSTRAINT "processing_activity_processors_activity_id_processor_id_pk" PRIMARY KEY("activity_id","processor_id")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_documents" ADD CONSTRAINT "candidate_documents_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_documents" ADD CONSTRAINT "candidate_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_shares" ADD CONSTRAINT "candidate_shares_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_shares" ADD CONSTRAINT "candidate_shares_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_shares" ADD CONSTRAINT "candidate_shares_document_id_candidate_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."candidate_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_shares" ADD CONSTRAINT "candidate_shares_consent_event_id_consent_events_id_fk" FOREIGN KEY ("consent_event_id") REFERENCES "public"."consent_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_shares" ADD CONSTRAINT "candidate_shares_shared_by_users_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "newsletter"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_notes" ADD CONSTRAINT "call_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_notes" ADD CONSTRAINT "call_notes_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_notes" ADD CONSTRAINT "call_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_members" ADD CONSTRAINT "case_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_responsible_partner_id_users_id_fk" FOREIGN KEY ("responsible_partner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processor_agreements" ADD CONSTRAINT "processor_agreements_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processors" ADD CONSTRAINT "processors_parent_processor_id_processors_id_fk" FOREIGN KEY ("parent_processor_id") REFERENCES "public"."processors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_subject_requests" ADD CONSTRAINT "data_subject_requests_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_subject_requests" ADD CONSTRAINT "data_subject_requests_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_tombstones" ADD CONSTRAINT "erasure_tombstones_erased_by_users_id_fk" FOREIGN KEY ("erased_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_tombstones" ADD CONSTRAINT "erasure_tombstones_request_id_data_subject_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."data_subject_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_comments" ADD CONSTRAINT "request_comments_request_id_data_subject_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."data_subject_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_comments" ADD CONSTRAINT "request_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_rules" ADD CONSTRAINT "retention_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_inquiries" ADD CONSTRAINT "contact_inquiries_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_activities" ADD CONSTRAINT "processing_activities_retention_rule_id_retention_rules_id_fk" FOREIGN KEY ("retention_rule_id") REFERENCES "public"."retention_rules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_activity_processors" ADD CONSTRAINT "processing_activity_processors_activity_id_processing_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."processing_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_activity_processors" ADD CONSTRAINT "processing_activity_processors_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_at_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_documents_version_key" ON "candidate_documents" USING btree ("candidate_id","version");--> statement-breakpoint
CREATE INDEX "candidate_documents_uploaded_by_idx" ON "candidate_documents" USING btree ("uploaded_by");--> statement-breakpoint
CREATE UNIQUE INDEX "candidates_email_key" ON "candidates" USING btree ("email");--> statement-breakpoint
CREATE INDEX "candidates_created_at_idx" ON "candidates" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "candidates_full_name_idx" ON "candidates" USING btree ("full_name","id");--> statement-breakpoint
CREATE INDEX "candidates_last_activity_idx" ON "candidates" USING btree ("last_activity_at","id");--> statement-breakpoint
CREATE INDEX "candidates_status_idx" ON "candidates" USING btree ("status");--> statement-breakpoint
CREATE INDEX "candidates_created_by_idx" ON "candidates" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "candidate_shares_candidate_idx" ON "candidate_shares" USING btree ("candidate_id","shared_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "candidate_shares_case_idx" ON "candidate_shares" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "candidate_shares_document_idx" ON "candidate_shares" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "candidate_shares_consent_idx" ON "candidate_shares" USING btree ("consent_event_id");--> statement-breakpoint
CREATE INDEX "candidate_shares_shared_by_idx" ON "candidate_shares" USING btree ("shared_by");--> statement-breakpoint
CREATE INDEX "consent_events_candidate_idx" ON "consent_events" USING btree ("candidate_id","purpose","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "consent_events_subscriber_idx" ON "consent_events" USING btree ("subscriber_id","purpose","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "consent_events_person_idx" ON "consent_events" USING btree ("person_email","purpose","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "consent_events_case_idx" ON "consent_events" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "consent_events_recorded_by_idx" ON "consent_events" USING btree ("recorded_by");--> statement-breakpoint
CREATE INDEX "consent_events_occurred_idx" ON "consent_events" USING btree ("occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "subscribers_email_key" ON "newsletter"."subscribers" USING btree ("email");--> statement-breakpoint
CREATE INDEX "subscribers_created_at_idx" ON "newsletter"."subscribers" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "subscribers_status_idx" ON "newsletter"."subscribers" USING btree ("status");--> statement-breakpoint
CREATE INDEX "call_notes_case_idx" ON "call_notes" USING btree ("case_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "call_notes_candidate_idx" ON "call_notes" USING btree ("candidate_id","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "call_notes_author_idx" ON "call_notes" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "call_notes_occurred_idx" ON "call_notes" USING btree ("occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_members_user_idx" ON "case_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_reference_key" ON "cases" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "cases_responsible_partner_idx" ON "cases" USING btree ("responsible_partner_id");--> statement-breakpoint
CREATE INDEX "cases_status_opened_idx" ON "cases" USING btree ("status","opened_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_opened_at_idx" ON "cases" USING btree ("opened_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "processor_agreements_processor_idx" ON "processor_agreements" USING btree ("processor_id");--> statement-breakpoint
CREATE INDEX "processor_agreements_review_idx" ON "processor_agreements" USING btree ("review_due_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "processors_name_key" ON "processors" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "processors_parent_idx" ON "processors" USING btree ("parent_processor_id");--> statement-breakpoint
CREATE INDEX "dsr_due_idx" ON "data_subject_requests" USING btree ("due_on","id");--> statement-breakpoint
CREATE INDEX "dsr_status_idx" ON "data_subject_requests" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "dsr_handler_idx" ON "data_subject_requests" USING btree ("handler_id");--> statement-breakpoint
CREATE INDEX "dsr_candidate_idx" ON "data_subject_requests" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "dsr_received_idx" ON "data_subject_requests" USING btree ("received_on" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "erasure_tombstones_hashes_idx" ON "erasure_tombstones" USING gin ("identifier_hashes");--> statement-breakpoint
CREATE INDEX "erasure_tombstones_erased_by_idx" ON "erasure_tombstones" USING btree ("erased_by");--> statement-breakpoint
CREATE INDEX "erasure_tombstones_request_idx" ON "erasure_tombstones" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_comments_request_idx" ON "request_comments" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "request_comments_author_idx" ON "request_comments" USING btree ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_seq_key" ON "audit_log" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "audit_log_occurred_idx" ON "audit_log" USING btree ("occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_pseudonym","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","occurred_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_rules_category_key" ON "retention_rules" USING btree ("category");--> statement-breakpoint
CREATE INDEX "retention_rules_updated_by_idx" ON "retention_rules" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "contact_inquiries_received_idx" ON "contact_inquiries" USING btree ("received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "contact_inquiries_answered_idx" ON "contact_inquiries" USING btree ("answered_at");--> statement-breakpoint
CREATE INDEX "contact_inquiries_answered_by_idx" ON "contact_inquiries" USING btree ("answered_by");--> statement-breakpoint
CREATE INDEX "contact_inquiries_email_idx" ON "contact_inquiries" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "processing_activities_name_key" ON "processing_activities" USING btree ("name");--> statement-breakpoint
CREATE INDEX "processing_activities_retention_idx" ON "processing_activities" USING btree ("retention_rule_id");--> statement-breakpoint
CREATE INDEX "processing_activity_processors_processor_idx" ON "processing_activity_processors" USING btree ("processor_id");