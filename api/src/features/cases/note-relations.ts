import { joinOpenBatch } from '../../audit/audited-reads.ts';
import type { RequestContext } from '../../context.ts';
import { usersById } from '../users/users.loaders.ts';
import { casesById } from './case-loaders.ts';

export type NoteRelation = 'case' | 'author';

const wantedByRequest = new WeakMap<RequestContext, Set<NoteRelation>>();

/**
 * Declares, from the request's selection, which of a note's relations GraphQL will ask for
 * (`CallNote.case`, `CallNote.author`), so the note page's read can start them as soon as its
 * rows are in (`startNoteRelations`).
 */
function wantNoteRelations(ctx: RequestContext, relations: Iterable<NoteRelation>): void {
  const wanted = wantedByRequest.get(ctx) ?? new Set<NoteRelation>();
  for (const relation of relations) wanted.add(relation);
  wantedByRequest.set(ctx, wanted);
}

/** Whether the request asks for all of these relations of its notes. */
export function noteRelationsWanted(ctx: RequestContext, relations: readonly NoteRelation[]): boolean {
  const wanted = wantedByRequest.get(ctx);
  return Boolean(wanted && relations.every((relation) => wanted.has(relation)));
}

/** `wantNoteRelations` for the fields selected on a note (`selectedFields` of a note list). */
export function noteRelationsSelected(ctx: RequestContext, noteFields: ReadonlyMap<string, unknown>): void {
  wantNoteRelations(ctx, (['case', 'author'] as const).filter((relation) => noteFields.has(relation)));
}

/**
 * Starts the declared relations' loads for notes just read: they then run beside the page's
 * audit insert instead of in a round trip of their own after it, and the fields' resolvers get
 * the same loader promises. The loaders apply their own access rules (the cases the actor may
 * reach); errors are the fields' to report, so they are not reported here.
 */
export function startNoteRelations(ctx: RequestContext, notes: readonly { caseId: string; authorId: string }[]): void {
  const wanted = wantedByRequest.get(ctx);
  // Asked together, both came with the notes' own statement (`call-note-pages.ts`).
  if (!wanted || notes.length === 0 || noteRelationsWanted(ctx, ['case', 'author'])) return;
  const quietly = (read: Promise<unknown>) => void read.catch(() => undefined);
  // Through joinOpenBatch: the batch then lets the loaders dispatch before its insert goes out.
  joinOpenBatch(ctx, () => {
    for (const note of notes) {
      if (wanted.has('case')) quietly(casesById(ctx).load(note.caseId));
      if (wanted.has('author')) quietly(usersById(ctx).load(note.authorId));
    }
  });
}
