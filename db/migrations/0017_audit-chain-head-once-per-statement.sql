-- The audit chain (migration 0001) moved its head twice per entry: an UPDATE for the sequence
-- number and another for the hash. A multi-row insert (an audited request's entries; since the
-- group commit, several requests' at once) rewrote the head row twice per row while holding its
-- lock. Now the first entry of a transaction locks the head and reads it (SELECT … FOR UPDATE),
-- each entry carries the chain on in a transaction-local setting, and the head is written once
-- per statement, after it. The lock is held from the first entry to the commit as before, so
-- writers still link one after another, and each entry's hash is the same canonical form
-- (`pnpm audit:verify` recomputes it in Node, unchanged).
--
-- The setting names the transaction it belongs to: a value left from an earlier transaction is
-- never trusted, and ROLLBACK TO SAVEPOINT reverts it together with the head row's update.
CREATE OR REPLACE FUNCTION audit_log_link() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tx text := pg_current_xact_id()::text;
  carried text := current_setting('pvr.audit_chain', true);
  last_seq bigint;
  last_hash text;
BEGIN
  IF carried IS NOT NULL AND split_part(carried, ':', 1) = tx THEN
    last_seq := split_part(carried, ':', 2)::bigint;
    last_hash := nullif(split_part(carried, ':', 3), '');
  ELSE
    SELECT h.last_seq, h.last_hash INTO last_seq, last_hash FROM audit_chain_head h WHERE h.singleton FOR UPDATE;
  END IF;
  NEW.seq := last_seq + 1;
  NEW.prev_hash := last_hash;
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
  PERFORM set_config('pvr.audit_chain', tx || ':' || NEW.seq || ':' || NEW.hash, true);
  RETURN NEW;
END;
$$;--> statement-breakpoint
-- After every insert statement: the head becomes the statement's last entry. A statement that
-- inserted nothing writes back what the head already holds in this transaction, or nothing.
CREATE FUNCTION audit_chain_head_advance() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  carried text := current_setting('pvr.audit_chain', true);
BEGIN
  -- _if_assigned: a statement that inserted nothing need not give its transaction an id.
  IF carried IS NOT NULL AND split_part(carried, ':', 1) = pg_current_xact_id_if_assigned()::text THEN
    UPDATE audit_chain_head
       SET last_seq = split_part(carried, ':', 2)::bigint, last_hash = split_part(carried, ':', 3)
     WHERE singleton;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_chain_head_advance AFTER INSERT ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_advance();
