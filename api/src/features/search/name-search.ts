import { schema, type Queryable } from '@pvr/db';
import { asc, desc, getTableColumns, sql, type SQL } from '@pvr/db/orm';
import type { CandidateRow } from '../candidates/candidates.service.ts';

const { candidates, candidateNameWords } = schema;

export type CandidateHit = { candidate: CandidateRow; score: number };

/** A dictionary word as a tsquery lexeme; search_words() splits at punctuation, so no word holds a quote. */
const lexeme = (word: SQL) => sql`'''' || ${word} || ''''`;

/**
 * The best candidates for a name, with a score from 0 to 1. Names are compared as folded words
 * (search_words: lower case, ø→o, æ→ae, å and aa→a, accents off), so a typo or a missing ø still
 * finds the person:
 * 1. each query word is matched against the dictionary of name words (candidate_name_words,
 *    a few thousand rows with a trigram index) by word similarity — a one-letter word (an
 *    initial) by prefix — instead of against every candidate's name;
 * 2. the words found become a tsquery, "(odegard | odegaard) & (bjorn)", answered by the GIN
 *    index on candidates.name_search: every query word must match a word of the name;
 * 3. candidates with each query word's best-matching word come first, by name, with the same
 *    score; only when they are fewer than asked for are the looser matches scored one by one.
 * So a common surname costs one index lookup and a sort of its holders, not a similarity per name.
 * The matches are materialised before they are sorted: sorted in place, the planner would walk
 * the name index hoping to meet matches early, and a rare word would make it read every name.
 */
export async function findCandidates(db: Queryable, text: string, first: number) {
  const hits = sql`(
    with query_words as materialized (
      select word, ord from unnest(search_words(${text})) with ordinality as w(word, ord)
    ), matches as materialized (
      select q.ord, d.word, word_similarity(q.word, d.word) as similarity
        from query_words q
        cross join lateral (
          select d.word from ${candidateNameWords} d where q.word <% d.word
          union
          select d.word from ${candidateNameWords} d where length(q.word) = 1 and d.word ^@ q.word
        ) d
    ), per_word as (
      select m.ord, max(m.similarity) as best,
             string_agg(${lexeme(sql`m.word`)}, ' | ') as any_word,
             string_agg(${lexeme(sql`m.word`)}, ' | ') filter (where m.similarity = b.best) as best_word
        from matches m join (select ord, max(similarity) as best from matches group by ord) b using (ord)
       group by m.ord
    ), terms as materialized (
      select case when count(*) = (select count(*) from query_words) then string_agg('(' || any_word || ')', ' & ')::tsquery end as any_word,
             case when count(*) = (select count(*) from query_words) then string_agg('(' || best_word || ')', ' & ')::tsquery end as best_word,
             avg(best) as best_score
        from per_word
    ), best as materialized (
      select c.id, c.full_name from ${candidates} c where c.name_search @@ (select best_word from terms)
    )
    (select id, (select best_score from terms) as score from best order by full_name, id limit ${first})
    union all
    select c.id,
           (select avg(s.best) from (select max(m.similarity) as best from matches m where m.word = any (tsvector_to_array(c.name_search)) group by m.ord) s)
      from ${candidates} c
     where (select count(*) from (select from best limit ${first}) enough) < ${first}
       and c.name_search @@ (select any_word from terms)
       and not c.name_search @@ (select best_word from terms)
  ) as hits`;
  const score = sql<number>`hits.score`;
  const rows = await db
    .select({ ...getTableColumns(candidates), score })
    .from(candidates)
    .innerJoin(hits, sql`hits.id = ${candidates.id}`)
    .orderBy(desc(score), asc(candidates.fullName), asc(candidates.id))
    .limit(first);
  return rows.map(({ score: s, ...candidate }): CandidateHit => ({ candidate, score: Number(s) }));
}
