-- Consent is an append-only history (DOMAIN.md § 2). UPDATE and TRUNCATE are always refused;
-- DELETE only inside an erasure or unsubscribe transaction that has said so with
-- set_config('pvr.erasure_in_progress', 'on', true), so nothing else can quietly rewrite it.
CREATE FUNCTION consent_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('pvr.erasure_in_progress', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'consent_events is append-only: % is refused', TG_OP
    USING ERRCODE = 'PV001', HINT = 'Record a new consent event instead.';
END;
$$;--> statement-breakpoint
CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
  FOR EACH ROW EXECUTE FUNCTION consent_events_refuse_change();--> statement-breakpoint
CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
  FOR EACH ROW EXECUTE FUNCTION consent_events_refuse_change();--> statement-breakpoint
CREATE TRIGGER consent_events_no_truncate BEFORE TRUNCATE ON consent_events
  FOR EACH STATEMENT EXECUTE FUNCTION consent_events_refuse_change();--> statement-breakpoint

-- The audit log is append-only without exception.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP USING ERRCODE = 'PV002';
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();--> statement-breakpoint
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();--> statement-breakpoint
CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();--> statement-breakpoint

-- Tamper evidence: each entry's hash covers the previous entry's hash and its own fields, in
-- the canonical form that `pnpm audit:verify` recomputes independently in Node. Updating the
-- single chain-head row serialises concurrent writers (a waiting writer re-reads the new head).
INSERT INTO audit_chain_head (singleton, last_seq, last_hash) VALUES (true, 0, NULL);--> statement-breakpoint
CREATE FUNCTION audit_log_link() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  head audit_chain_head%ROWTYPE;
BEGIN
  UPDATE audit_chain_head SET last_seq = last_seq + 1 WHERE singleton RETURNING * INTO head;
  NEW.seq := head.last_seq;
  NEW.prev_hash := head.last_hash;
  NEW.hash := encode(sha256(convert_to(concat_ws(E'\x1f',
    coalesce(NEW.prev_hash, ''),
    NEW.seq::text,
    to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(NEW.actor_id::text, ''),
    coalesce(NEW.actor_role, ''),
    NEW.action,
    NEW.entity_type,
    coalesce(NEW.entity_id, ''),
    coalesce(NEW.subject_pseudonym, ''),
    coalesce(NEW.request_id, ''),
    coalesce(NEW.ip_anonymised, ''),
    NEW.details::text
  ), 'UTF8')), 'hex');
  UPDATE audit_chain_head SET last_hash = NEW.hash WHERE singleton;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_log_link BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_link();
