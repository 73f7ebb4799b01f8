-- Search without re-deriving text per row (issue 7). Names: the folded words of every name in a
-- small dictionary (candidate_name_words), fuzzy-matched per query word, and the candidates found
-- by those exact words in a GIN index; notes: the Norwegian tsvector stored once per note.
-- The folded words of a name, split at spaces and punctuation: "Anne-Lise Ødegård" →
-- {anne,lise,odegard}. IMMUTABLE (search_fold is) so a generated column can use it.
CREATE FUNCTION search_words(value text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN string_to_array(btrim(regexp_replace(search_fold(value), '[[:space:][:punct:]]+', ' ', 'g')), ' ');--> statement-breakpoint
CREATE TABLE "candidate_name_words" (
	"word" text PRIMARY KEY NOT NULL,
	"candidates" integer NOT NULL
);
--> statement-breakpoint
-- Stored generated columns, unknown to the drizzle table definitions on purpose: a select of
-- candidate or note columns never carries them (auditors never receive a note's words).
ALTER TABLE "candidates" ADD COLUMN "name_search" tsvector GENERATED ALWAYS AS (array_to_tsvector(search_words(full_name))) STORED;--> statement-breakpoint
ALTER TABLE "call_notes" ADD COLUMN "body_search" tsvector GENERATED ALWAYS AS (to_tsvector('norwegian', body)) STORED;--> statement-breakpoint
DROP INDEX "candidates_full_name_trgm_idx";--> statement-breakpoint
DROP INDEX "call_notes_body_fts_idx";--> statement-breakpoint
CREATE INDEX "candidate_name_words_trgm_idx" ON "candidate_name_words" USING gin ("word" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "candidates_name_search_idx" ON "candidates" USING gin (name_search) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "call_notes_body_search_idx" ON "call_notes" USING gin (body_search) WITH (fastupdate=false);--> statement-breakpoint
-- Counts the words of added and removed names (one array entry per candidate and word) into the
-- dictionary and deletes a word when no candidate has it any more: after an erasure no word of
-- the name is left unless another candidate has it too. Existing words are locked in key order
-- first, so concurrent statements cannot deadlock. A count never blocks a delete: no CHECK, and
-- a word at zero or below (only possible after a load with triggers off) is deleted as well.
CREATE FUNCTION candidate_name_words_count(added text[], removed text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM candidate_name_words WHERE word = ANY (added || removed) ORDER BY word FOR UPDATE;
  INSERT INTO candidate_name_words (word, candidates)
  SELECT c.word, c.delta FROM (
    SELECT word, sum(delta)::int AS delta
      FROM (SELECT unnest(added), 1 UNION ALL SELECT unnest(removed), -1) d(word, delta)
     GROUP BY word HAVING sum(delta) <> 0
  ) c ORDER BY c.word
  ON CONFLICT (word) DO UPDATE SET candidates = candidate_name_words.candidates + excluded.candidates;
  DELETE FROM candidate_name_words WHERE word = ANY (removed) AND candidates <= 0;
END;
$$;--> statement-breakpoint
-- One function per event, as for candidate_totals: an INSERT trigger has no OLD TABLE, a DELETE
-- trigger no NEW TABLE. An update counts only the rows whose name changed.
CREATE FUNCTION candidate_name_words_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM candidate_name_words_count(ARRAY(SELECT unnest(tsvector_to_array(name_search)) FROM new_rows), '{}');
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION candidate_name_words_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM candidate_name_words_count('{}', ARRAY(SELECT unnest(tsvector_to_array(name_search)) FROM old_rows));
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION candidate_name_words_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM candidate_name_words_count(
    ARRAY(SELECT unnest(tsvector_to_array(n.name_search)) FROM new_rows n JOIN old_rows o USING (id) WHERE n.name_search IS DISTINCT FROM o.name_search),
    ARRAY(SELECT unnest(tsvector_to_array(o.name_search)) FROM new_rows n JOIN old_rows o USING (id) WHERE n.name_search IS DISTINCT FROM o.name_search));
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER candidate_name_words_on_insert AFTER INSERT ON candidates
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_name_words_on_insert();--> statement-breakpoint
CREATE TRIGGER candidate_name_words_on_delete AFTER DELETE ON candidates
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_name_words_on_delete();--> statement-breakpoint
CREATE TRIGGER candidate_name_words_on_update AFTER UPDATE ON candidates
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_name_words_on_update();--> statement-breakpoint
REVOKE TRUNCATE ON candidate_name_words FROM pvr_app;--> statement-breakpoint
INSERT INTO candidate_name_words (word, candidates)
SELECT word, count(*) FROM candidates, unnest(tsvector_to_array(name_search)) AS word GROUP BY word;
