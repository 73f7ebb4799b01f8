-- Keeps consent_event_totals in step with consent_events, once per statement (a bulk insert or
-- an erasure costs one grouped upsert, not one per row). Rows are upserted in key order, so two
-- transactions touching several totals cannot deadlock on them. Months are Oslo calendar months.
CREATE FUNCTION consent_event_totals_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  change record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO consent_event_totals (month, purpose, action, events)
    SELECT (date_trunc('month', occurred_at AT TIME ZONE 'Europe/Oslo'))::date, purpose, action, count(*)
    FROM changed_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (month, purpose, action) DO UPDATE SET events = consent_event_totals.events + EXCLUDED.events;
  ELSE
    -- The CHECK (events >= 0) would refuse a negative proposed row before ON CONFLICT, so a
    -- removal updates the existing totals one by one, in key order.
    FOR change IN
      SELECT (date_trunc('month', occurred_at AT TIME ZONE 'Europe/Oslo'))::date AS month, purpose, action, count(*) AS n
      FROM changed_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    LOOP
      UPDATE consent_event_totals t SET events = t.events - change.n
      WHERE t.month = change.month AND t.purpose = change.purpose AND t.action = change.action;
    END LOOP;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER consent_event_totals_on_insert AFTER INSERT ON consent_events
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION consent_event_totals_apply();--> statement-breakpoint
CREATE TRIGGER consent_event_totals_on_delete AFTER DELETE ON consent_events
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION consent_event_totals_apply();--> statement-breakpoint
-- Derived data: the app role has no reason to truncate it.
REVOKE TRUNCATE ON consent_event_totals FROM pvr_app;--> statement-breakpoint
INSERT INTO consent_event_totals (month, purpose, action, events)
SELECT (date_trunc('month', occurred_at AT TIME ZONE 'Europe/Oslo'))::date, purpose, action, count(*)
FROM consent_events GROUP BY 1, 2, 3;
