CREATE TABLE "consent_event_totals" (
	"month" date NOT NULL,
	"purpose" text NOT NULL,
	"action" text NOT NULL,
	"events" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "consent_event_totals_month_purpose_action_pk" PRIMARY KEY("month","purpose","action"),
	CONSTRAINT "consent_event_totals_not_negative" CHECK (events >= 0)
);
--> statement-breakpoint
CREATE INDEX "consent_events_registry_grant_idx" ON "consent_events" USING btree ("candidate_id","occurred_at" DESC NULLS FIRST) WHERE purpose = 'candidate_registry' AND action = 'granted';