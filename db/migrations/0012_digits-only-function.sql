-- The digits of a text, for finding phone numbers however they were written ("412 34 567",
-- "+47 41234567") with a trigram index on the digits. PL/pgSQL, not SQL, so it is not inlined
-- and keeps its COST: evaluated per row it is a regular expression over every note, and with
-- the default cost of 1 the planner would rather scan every note than use the indexes.
CREATE FUNCTION digits_only(value text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000
  AS $$ BEGIN RETURN regexp_replace(value, '[^0-9]', '', 'g'); END; $$;
