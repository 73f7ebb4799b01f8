-- Existing candidates first, set-based (before the triggers, which would recompute row by row):
-- the clock as the retention job computed it until now.
UPDATE candidates c SET retention_clock_at = greatest(c.last_activity_at, g.newest)
  FROM (SELECT c2.id, max(e.occurred_at) AS newest FROM candidates c2
          LEFT JOIN consent_events e ON e.candidate_id = c2.id AND e.purpose = 'candidate_registry' AND e.action = 'granted'
         GROUP BY c2.id) g
 WHERE g.id = c.id;--> statement-breakpoint
-- Keeps candidates.retention_clock_at = greatest(last_activity_at, the candidate's newest
-- candidate_registry grant): renewing consent restarts the inactivity clock (DOMAIN.md § 6).
-- A row trigger computes it whenever a candidate is inserted or its last activity changes, and
-- whenever anything tries to set the clock itself, so the stored value cannot be anything else.
CREATE FUNCTION candidate_retention_clock_set() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.retention_clock_at := greatest(NEW.last_activity_at, (
    SELECT max(e.occurred_at) FROM consent_events e
     WHERE e.candidate_id = NEW.id AND e.purpose = 'candidate_registry' AND e.action = 'granted'));
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER candidate_retention_clock_on_write BEFORE INSERT OR UPDATE OF last_activity_at, retention_clock_at ON candidates
  FOR EACH ROW EXECUTE FUNCTION candidate_retention_clock_set();--> statement-breakpoint
-- A registry grant recorded (or removed by an erasure) moves the clock: once per statement, the
-- candidates it names are touched — in key order, so concurrent statements cannot deadlock — and
-- the row trigger above recomputes their clock. Other events change nothing and cost one scan
-- of the statement's own rows.
CREATE FUNCTION candidate_retention_clock_on_consent() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE candidate uuid;
BEGIN
  FOR candidate IN
    SELECT DISTINCT candidate_id FROM changed_rows
     WHERE candidate_id IS NOT NULL AND purpose = 'candidate_registry' AND action = 'granted'
     ORDER BY 1
  LOOP
    UPDATE candidates SET retention_clock_at = retention_clock_at WHERE id = candidate;
  END LOOP;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER candidate_retention_clock_on_consent_insert AFTER INSERT ON consent_events
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_retention_clock_on_consent();--> statement-breakpoint
CREATE TRIGGER candidate_retention_clock_on_consent_delete AFTER DELETE ON consent_events
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_retention_clock_on_consent();--> statement-breakpoint
