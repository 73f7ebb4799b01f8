ALTER TABLE "candidates" ADD COLUMN "retention_clock_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "candidates_retention_due_idx" ON "candidates" USING btree ("retention_clock_at","retention_warned_at","email") WHERE email IS NULL OR retention_warned_at >= retention_clock_at;--> statement-breakpoint
CREATE INDEX "candidates_retention_clock_idx" ON "candidates" USING btree ("retention_clock_at");--> statement-breakpoint
CREATE INDEX "subscribers_pending_created_idx" ON "newsletter"."subscribers" USING btree ("created_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "call_notes_other_party_phone_idx" ON "call_notes" USING btree ("other_party_phone");--> statement-breakpoint
CREATE INDEX "call_notes_other_party_trgm_idx" ON "call_notes" USING gin ("other_party_name" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "call_notes_body_trgm_idx" ON "call_notes" USING gin ("body" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "call_notes_body_digits_trgm_idx" ON "call_notes" USING gin (digits_only("body") gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "call_notes_override_reason_trgm_idx" ON "call_notes" USING gin ("sensitive_override_reason" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "call_notes_override_reason_digits_trgm_idx" ON "call_notes" USING gin (digits_only("sensitive_override_reason") gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "cases_closed_at_idx" ON "cases" USING btree ("closed_at") WHERE status = 'closed';