-- Search (issue 7): trigram matching for names and a folding function, so "Bjorn", "Bjørn",
-- "Baerum", "Bærum", "Aasen" and "Åsen" find each other. Both extensions are trusted and ship
-- with PostgreSQL; embedded PGlite loads them from its contrib bundles (db/src/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- Lower case, accents off (ø→o, æ→ae, å→a, é→e), and the old spelling aa→a. IMMUTABLE so it
-- can be indexed: the SQL-standard body binds the unaccent function and dictionary when it is
-- created, so a caller's search_path cannot change what it means.
CREATE FUNCTION search_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN replace(lower(unaccent('unaccent'::regdictionary, value)), 'aa', 'a');
