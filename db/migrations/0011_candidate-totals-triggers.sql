-- Keeps candidate_totals in step with candidates, once per statement: inserts add, deletes
-- (erasure, retention) subtract, updates move a candidate between status/source buckets. An
-- update that changes neither (e.g. the last-activity touch of logCallNote) changes nothing.
-- Totals are changed in key order, so concurrent statements cannot deadlock on them.
-- One function per event: an INSERT trigger has no OLD TABLE, a DELETE trigger no NEW TABLE.
-- A removal updates the existing bucket (a negative proposed row would fail the CHECK).
CREATE FUNCTION candidate_totals_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE change record;
BEGIN
  FOR change IN SELECT status, source, count(*) AS n FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2 LOOP
    INSERT INTO candidate_totals (status, source, candidates) VALUES (change.status, change.source, change.n)
    ON CONFLICT (status, source) DO UPDATE SET candidates = candidate_totals.candidates + change.n;
  END LOOP;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION candidate_totals_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE change record;
BEGIN
  FOR change IN SELECT status, source, count(*) AS n FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2 LOOP
    UPDATE candidate_totals t SET candidates = t.candidates - change.n WHERE t.status = change.status AND t.source = change.source;
  END LOOP;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION candidate_totals_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE change record;
BEGIN
  FOR change IN
    SELECT status, source, sum(delta) AS delta FROM (
      SELECT status, source, 1 AS delta FROM new_rows
      UNION ALL
      SELECT status, source, -1 FROM old_rows
    ) d GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2
  LOOP
    INSERT INTO candidate_totals (status, source, candidates) VALUES (change.status, change.source, greatest(change.delta, 0))
    ON CONFLICT (status, source) DO UPDATE SET candidates = candidate_totals.candidates + change.delta;
  END LOOP;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER candidate_totals_on_insert AFTER INSERT ON candidates
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_totals_on_insert();--> statement-breakpoint
CREATE TRIGGER candidate_totals_on_delete AFTER DELETE ON candidates
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_totals_on_delete();--> statement-breakpoint
CREATE TRIGGER candidate_totals_on_update AFTER UPDATE ON candidates
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_totals_on_update();--> statement-breakpoint
REVOKE TRUNCATE ON candidate_totals FROM pvr_app;--> statement-breakpoint
INSERT INTO candidate_totals (status, source, candidates)
SELECT status, source, count(*) FROM candidates GROUP BY 1, 2;
