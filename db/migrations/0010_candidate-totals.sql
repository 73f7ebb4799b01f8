CREATE TABLE "candidate_totals" (
	"status" text NOT NULL,
	"source" text NOT NULL,
	"candidates" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "candidate_totals_status_source_pk" PRIMARY KEY("status","source"),
	CONSTRAINT "candidate_totals_not_negative" CHECK (candidates >= 0)
);
