import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context.ts';
import { argumentsOf, selectedFields, selectedFieldsOf } from '../../graphql/selection.ts';
import { noteCountByCandidate } from '../cases/call-note-pages.ts';
import { candidateCallNotes, startCandidateNotesWithCount } from '../cases/call-notes.service.ts';
import { noteRelationsSelected } from '../cases/note-relations.ts';
import { consentsByCandidate } from '../consents/consent-queries.ts';

/**
 * The candidate page's nested reads, started beside the candidate's own read (its
 * `dependents`, audit/audited-reads.ts): one wave of statements and one audit insert for the
 * page instead of further rounds when GraphQL reaches the fields, and refused with the
 * candidate if it is not found. The fields' resolvers then get the same loader promises; errors
 * are theirs to report, so they are not reported here.
 */
export function startNestedReads(ctx: RequestContext, candidateId: string, info: GraphQLResolveInfo): void {
  const fields = selectedFields(info);
  const quietly = (read: Promise<unknown>) => void read.catch(() => undefined);
  if (fields.has('consents')) quietly(consentsByCandidate(ctx).load(candidateId));
  const notes = fields.get('callNotes');
  const notesArgs = notes ? argumentsOf(info, notes) : null;
  if (notes) noteRelationsSelected(ctx, selectedFieldsOf(info, notes));
  // Asked together, the note count comes with the first page of notes (one statement).
  if (notesArgs && fields.has('callNoteCount')) quietly(startCandidateNotesWithCount(ctx, candidateId, notesArgs));
  else if (notesArgs) quietly(candidateCallNotes(ctx, candidateId, notesArgs));
  else if (fields.has('callNoteCount')) quietly(noteCountByCandidate(ctx).load(candidateId));
}

/**
 * The same for a page of the candidates list: once its rows are read, each row's consents
 * (one loader batch, audited) join the list's batch, and the note counts start with them.
 */
export function startRowReads(ctx: RequestContext, candidateIds: string[], info: GraphQLResolveInfo): void {
  const nodes = selectedFields(info).get('nodes');
  const fields = nodes ? selectedFieldsOf(info, nodes) : null;
  const quietly = (read: Promise<unknown>) => void read.catch(() => undefined);
  if (fields?.has('consents')) for (const id of candidateIds) quietly(consentsByCandidate(ctx).load(id));
  if (fields?.has('callNoteCount')) for (const id of candidateIds) quietly(noteCountByCandidate(ctx).load(id));
}
