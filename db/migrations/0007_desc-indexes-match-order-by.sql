DROP INDEX "candidates_created_at_idx";--> statement-breakpoint
DROP INDEX "candidate_shares_candidate_idx";--> statement-breakpoint
DROP INDEX "consent_events_candidate_idx";--> statement-breakpoint
DROP INDEX "consent_events_subscriber_idx";--> statement-breakpoint
DROP INDEX "consent_events_person_idx";--> statement-breakpoint
DROP INDEX "consent_events_occurred_idx";--> statement-breakpoint
DROP INDEX "newsletter"."subscribers_created_at_idx";--> statement-breakpoint
DROP INDEX "call_notes_case_idx";--> statement-breakpoint
DROP INDEX "call_notes_candidate_idx";--> statement-breakpoint
DROP INDEX "call_notes_occurred_idx";--> statement-breakpoint
DROP INDEX "cases_status_opened_idx";--> statement-breakpoint
DROP INDEX "cases_opened_at_idx";--> statement-breakpoint
DROP INDEX "dsr_received_idx";--> statement-breakpoint
DROP INDEX "audit_log_occurred_idx";--> statement-breakpoint
DROP INDEX "audit_log_actor_idx";--> statement-breakpoint
DROP INDEX "audit_log_subject_idx";--> statement-breakpoint
DROP INDEX "audit_log_action_idx";--> statement-breakpoint
DROP INDEX "retention_runs_started_idx";--> statement-breakpoint
DROP INDEX "contact_inquiries_received_idx";--> statement-breakpoint
DROP INDEX "email_outbox_created_idx";--> statement-breakpoint
CREATE INDEX "candidates_created_at_idx" ON "candidates" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "candidate_shares_candidate_idx" ON "candidate_shares" USING btree ("candidate_id","shared_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "consent_events_candidate_idx" ON "consent_events" USING btree ("candidate_id","purpose","occurred_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "consent_events_subscriber_idx" ON "consent_events" USING btree ("subscriber_id","purpose","occurred_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "consent_events_person_idx" ON "consent_events" USING btree ("person_email","purpose","occurred_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "consent_events_occurred_idx" ON "consent_events" USING btree ("occurred_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "subscribers_created_at_idx" ON "newsletter"."subscribers" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "call_notes_case_idx" ON "call_notes" USING btree ("case_id","occurred_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "call_notes_candidate_idx" ON "call_notes" USING btree ("candidate_id","occurred_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "call_notes_occurred_idx" ON "call_notes" USING btree ("occurred_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_status_opened_idx" ON "cases" USING btree ("status","opened_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_opened_at_idx" ON "cases" USING btree ("opened_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "dsr_received_idx" ON "data_subject_requests" USING btree ("received_on" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_log_occurred_idx" ON "audit_log" USING btree ("occurred_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","occurred_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_pseudonym","occurred_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","occurred_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "retention_runs_started_idx" ON "retention_runs" USING btree ("started_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "contact_inquiries_received_idx" ON "contact_inquiries" USING btree ("received_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "email_outbox_created_idx" ON "email_outbox" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);