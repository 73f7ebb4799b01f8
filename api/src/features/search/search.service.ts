import { schema, type Queryable } from '@pvr/db';
import { and, desc, inArray, sql } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import { auditedRead } from '../../audit/audited-reads.ts';
import type { RequestContext } from '../../context.ts';
import { parseInput } from '../../validation.ts';
import { actorOf, visibleNotes } from '../cases/case-access.ts';
import { noteColumns } from '../cases/call-note-pages.ts';
import type { CallNoteRow } from '../cases/call-notes.service.ts';
import { findCandidates, type CandidateHit } from './name-search.ts';
import { searchInput } from './search.inputs.ts';

const { callNotes } = schema;

export type { CandidateHit };
export type CallNoteHit = { note: CallNoteRow; rank: number; headline: string };
export type SearchResults = { candidates: CandidateHit[]; callNotes: CallNoteHit[] };

/** How many of the newest matching notes are ranked: ranking reads each one's stored tsvector. */
const rankedNotes = 200;

/**
 * Notes by text with Norwegian stemming. The match and the ranking read the stored tsvector
 * call_notes.body_search (GIN index call_notes_body_search_idx), so no note is parsed again; the
 * newest `rankedNotes` matches are ranked by relevance, so a common word costs about what a rare
 * one does.
 */
async function findNotes(ctx: RequestContext, db: Queryable, text: string, first: number) {
  const query = sql`websearch_to_tsquery('norwegian', ${text})`;
  const document = sql`${callNotes}.body_search`;
  const newest = db
    .select({ id: callNotes.id })
    .from(callNotes)
    .where(and(sql`${document} @@ ${query}`, visibleNotes(ctx)))
    // Sorting by an expression, not the column, keeps the planner from walking the time index:
    // cheap for a common word (3 ms), but a word in no recent note makes it read every note
    // (45 ms at 50,000 notes). The GIN index finds the matches and the sort takes 200 (7 ms).
    .orderBy(sql`${callNotes.occurredAt} + interval '0 s' desc`, desc(callNotes.id))
    .limit(rankedNotes);
  const rank = sql<number>`ts_rank_cd(${document}, ${query})`;
  // ts_headline is costly, so PostgreSQL evaluates it after the sort and limit (EXPLAIN VERBOSE).
  const rows = await db
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
  return auditedRead(ctx, async (db) => {
    // Both searches go out at once (pipelined on the batch's one connection): one round trip.
    // No transaction: each statement has its own snapshot either way (READ COMMITTED).
    const [found, notes] = await Promise.all([findCandidates(db, text, first), notesAllowed ? findNotes(ctx, db, text, first) : []]);
    // Ids only: the search text itself may be a name, so it is never written to the log.
    await writeAudit(db, ctx, {
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
