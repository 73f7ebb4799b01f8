import { schema, type Transaction } from '@pvr/db';
import { and, asc, desc, getTableColumns, inArray, sql } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import type { RequestContext } from '../../context.ts';
import { parseInput } from '../../validation.ts';
import type { CandidateRow } from '../candidates/candidates.service.ts';
import { actorOf, visibleNotes } from '../cases/case-access.ts';
import { noteColumns } from '../cases/call-note-pages.ts';
import type { CallNoteRow } from '../cases/call-notes.service.ts';
import { searchInput } from './search.inputs.ts';

const { candidates, callNotes } = schema;

export type CandidateHit = { candidate: CandidateRow; score: number };
export type CallNoteHit = { note: CallNoteRow; rank: number; headline: string };
export type SearchResults = { candidates: CandidateHit[]; callNotes: CallNoteHit[] };

/**
 * Names are compared folded (search_fold: lower case, ø→o, æ→ae, å and aa→a, accents off) with
 * trigram word similarity, so a typo or a missing ø still finds the person. Both sides of the
 * operator spell the indexed expression exactly, so candidates_full_name_trgm_idx serves it.
 */
async function findCandidates(tx: Transaction, text: string, first: number) {
  const folded = sql`search_fold(${text})`;
  const name = sql`search_fold(${candidates.fullName})`;
  const score = sql<number>`word_similarity(${folded}, ${name})`;
  const rows = await tx
    .select({ ...getTableColumns(candidates), score })
    .from(candidates)
    .where(sql`${folded} <% ${name}`)
    .orderBy(desc(score), asc(candidates.fullName), asc(candidates.id))
    .limit(first);
  return rows.map(({ score: s, ...candidate }): CandidateHit => ({ candidate, score: Number(s) }));
}

/** How many of the newest matching notes are ranked: ranking re-reads each note's text. */
const rankedNotes = 200;

/**
 * Notes by text with Norwegian stemming. The match uses call_notes_body_fts_idx (the document
 * expression is the indexed one); the newest `rankedNotes` matches are then ranked by relevance,
 * so a common word costs the same as a rare one.
 */
async function findNotes(ctx: RequestContext, tx: Transaction, text: string, first: number) {
  const query = sql`websearch_to_tsquery('norwegian', ${text})`;
  const document = sql`to_tsvector('norwegian', ${callNotes.body})`;
  const newest = tx
    .select({ id: callNotes.id })
    .from(callNotes)
    .where(and(sql`${document} @@ ${query}`, visibleNotes(ctx)))
    // Sorting by an expression, not the column, keeps the planner from walking the time index
    // and parsing every note it passes (50 ms for a common word); the GIN index finds them (12 ms).
    .orderBy(sql`${callNotes.occurredAt} + interval '0 s' desc`, desc(callNotes.id))
    .limit(rankedNotes);
  const rank = sql<number>`ts_rank_cd(${document}, ${query})`;
  // ts_headline is costly, so PostgreSQL evaluates it after the sort and limit (EXPLAIN VERBOSE).
  const rows = await tx
    .select({ ...noteColumns(ctx), rank, headline: sql<string>`ts_headline('norwegian', ${callNotes.body}, ${query}, 'MaxFragments=1, MinWords=8, MaxWords=24')` })
    .from(callNotes)
    .where(inArray(callNotes.id, newest))
    .orderBy(desc(rank), desc(callNotes.occurredAt), desc(callNotes.id))
    .limit(first);
  return rows.map(({ rank: r, headline, ...note }): CallNoteHit => ({ note, rank: Number(r), headline }));
}

/** The dashboard's search box: candidates by name and call notes by text, one audit entry. */
export async function search(ctx: RequestContext, rawArgs: unknown): Promise<SearchResults> {
  const { text, first } = parseInput(searchInput, rawArgs);
  // Auditors never read note text, and a match on a word would reveal it: no notes for them.
  const notesAllowed = actorOf(ctx).role !== 'auditor';
  return ctx.db.transaction(async (tx) => {
    const found = await findCandidates(tx, text, first);
    const notes = notesAllowed ? await findNotes(ctx, tx, text, first) : [];
    // Ids only: the search text itself may be a name, so it is never written to the log.
    await writeAudit(tx, ctx, {
      action: 'search.run',
      entityType: 'search',
      details: {
        candidateIds: found.map((hit) => hit.candidate.id),
        noteIds: notes.map((hit) => hit.note.id),
        noteCandidateIds: [...new Set(notes.flatMap((hit) => (hit.note.candidateId ? [hit.note.candidateId] : [])))],
      },
    });
    return { candidates: found, callNotes: notes };
  });
}
