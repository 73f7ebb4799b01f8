ALTER TABLE "retention_runs" ADD COLUMN "started_via" text;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_started_via_valid" CHECK (started_via IN ('schedule', 'cli', 'dashboard'));--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_started_via_actor" CHECK (started_via IS NULL OR (started_via = 'dashboard') = (triggered_by IS NOT NULL));--> statement-breakpoint
-- Earlier runs with a partner were started from the dashboard; the rest stay unknown (schedule or CLI).
UPDATE "retention_runs" SET "started_via" = 'dashboard' WHERE "triggered_by" IS NOT NULL;
