-- The role the API should act as in a real installation (DATABASE_APP_ROLE=pvr_app): it may
-- read and write the register, but the history tables refuse rewrites by privilege as well as
-- by trigger — the audit log takes only INSERT and SELECT, consent events never UPDATE or
-- TRUNCATE. A login role for the API is made a member: GRANT pvr_app TO <login role>.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pvr_app') THEN
    CREATE ROLE pvr_app NOLOGIN;
  END IF;
END
$$;--> statement-breakpoint
GRANT USAGE ON SCHEMA public, newsletter TO pvr_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public, newsletter TO pvr_app;--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public, newsletter TO pvr_app;--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM pvr_app;--> statement-breakpoint
REVOKE UPDATE, TRUNCATE ON consent_events FROM pvr_app;--> statement-breakpoint
REVOKE TRUNCATE, DELETE ON audit_chain_head FROM pvr_app;--> statement-breakpoint
-- Tables added by later migrations get the same grants; later migrations revoke what they must.
ALTER DEFAULT PRIVILEGES IN SCHEMA public, newsletter GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pvr_app;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public, newsletter GRANT USAGE, SELECT ON SEQUENCES TO pvr_app;
