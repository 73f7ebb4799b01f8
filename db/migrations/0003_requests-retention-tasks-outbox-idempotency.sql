CREATE TABLE "compliance_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"agreement_id" uuid,
	"due_on" date NOT NULL,
	"checklist" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text,
	"attested_by" uuid,
	"attested_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compliance_tasks_kind_valid" CHECK (kind IN ('mailbox_review', 'departure_checklist', 'agreement_review', 'privacy_statement_review')),
	CONSTRAINT "compliance_tasks_attested_whole" CHECK ((attested_by IS NULL) = (attested_at IS NULL)),
	CONSTRAINT "compliance_tasks_about_someone" CHECK (kind NOT IN ('mailbox_review', 'departure_checklist') OR user_id IS NOT NULL),
	CONSTRAINT "compliance_tasks_about_agreement" CHECK (kind <> 'agreement_review' OR agreement_id IS NOT NULL),
	CONSTRAINT "compliance_tasks_notes_length" CHECK (length(notes) <= 5000)
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mode" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"triggered_by" uuid,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"report" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "retention_runs_mode_valid" CHECK (mode IN ('dry_run', 'apply')),
	CONSTRAINT "retention_runs_status_valid" CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
	CONSTRAINT "retention_runs_progress" CHECK (processed >= 0 AND total >= 0),
	CONSTRAINT "retention_runs_finished" CHECK ((status = 'running') = (finished_at IS NULL))
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error_code" text,
	CONSTRAINT "email_outbox_kind_valid" CHECK (kind IN ('newsletter_confirmation', 'self_service_link', 'retention_warning', 'request_receipt', 'other')),
	CONSTRAINT "email_outbox_to_normalised" CHECK (to_address = lower(btrim(to_address)) AND to_address ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
	CONSTRAINT "email_outbox_attempts" CHECK (attempts >= 0)
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_key_format" CHECK (length(key) between 8 and 200)
);
--> statement-breakpoint
CREATE TABLE "self_service_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "self_service_tokens_lifetime" CHECK (expires_at > created_at)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "departed_on" date;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "retention_warned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "data_subject_requests" ADD COLUMN "identity_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "data_subject_requests" ADD COLUMN "paused_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "request_comments" ADD COLUMN "sensitive_override_reason" text;--> statement-breakpoint
ALTER TABLE "compliance_tasks" ADD CONSTRAINT "compliance_tasks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_tasks" ADD CONSTRAINT "compliance_tasks_agreement_id_processor_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."processor_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_tasks" ADD CONSTRAINT "compliance_tasks_attested_by_users_id_fk" FOREIGN KEY ("attested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_triggered_by_users_id_fk" FOREIGN KEY ("triggered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_tokens" ADD CONSTRAINT "self_service_tokens_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "compliance_tasks_due_idx" ON "compliance_tasks" USING btree ("due_on","id");--> statement-breakpoint
CREATE INDEX "compliance_tasks_user_idx" ON "compliance_tasks" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "compliance_tasks_agreement_idx" ON "compliance_tasks" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "compliance_tasks_attested_by_idx" ON "compliance_tasks" USING btree ("attested_by");--> statement-breakpoint
CREATE INDEX "retention_runs_started_idx" ON "retention_runs" USING btree ("started_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "retention_runs_triggered_by_idx" ON "retention_runs" USING btree ("triggered_by");--> statement-breakpoint
CREATE INDEX "email_outbox_unsent_idx" ON "email_outbox" USING btree ("sent_at","created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_created_idx" ON "email_outbox" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "email_outbox_to_idx" ON "email_outbox" USING btree ("to_address");--> statement-breakpoint
CREATE UNIQUE INDEX "idempotency_keys_scope_key" ON "idempotency_keys" USING btree ("scope","key");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "self_service_tokens_hash_key" ON "self_service_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "self_service_tokens_candidate_idx" ON "self_service_tokens" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "self_service_tokens_expires_idx" ON "self_service_tokens" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "data_subject_requests" ADD CONSTRAINT "dsr_paused_days" CHECK (paused_days >= 0);