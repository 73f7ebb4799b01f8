import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context.ts';
import { argumentsOf, selectedFields } from '../../graphql/selection.ts';
import { noteCountByCandidate } from '../cases/call-note-pages.ts';
import { candidateCallNotes } from '../cases/call-notes.service.ts';
import { consentsByCandidate } from '../consents/consent-queries.ts';

/**
 * The candidate page's nested reads, started once the candidate is found, so they join its
 * audited-read batch (audit/audited-reads.ts): one transaction and one audit insert for the page
 * instead of a second round when GraphQL reaches the fields. The fields' resolvers then get the
 * same loader promises; errors are theirs to report, so they are not reported here.
 */
export function startNestedReads(ctx: RequestContext, candidateId: string, info: GraphQLResolveInfo): void {
  const fields = selectedFields(info);
  const quietly = (read: Promise<unknown>) => void read.catch(() => undefined);
  if (fields.has('consents')) quietly(consentsByCandidate(ctx).load(candidateId));
  if (fields.has('callNoteCount')) quietly(noteCountByCandidate(ctx).load(candidateId));
  const notes = fields.get('callNotes');
  const notesArgs = notes ? argumentsOf(info, notes) : null;
  if (notesArgs) quietly(candidateCallNotes(ctx, candidateId, notesArgs));
}
