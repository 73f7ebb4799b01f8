import type { ApolloCache, Reference } from '@apollo/client';

type NoteConnection = { nodes: readonly Reference[]; totalCount: number; [field: string]: unknown };
type LoggedNote = { __typename?: 'CallNote'; id: string; candidateId?: string | null; case: { id: string } };

/**
 * A note just logged appears at once where its case's notes (and its candidate's) are shown:
 * prepended to the lists in the cache and counted, without fetching the lists again. Notes
 * are newest-call-first, and a note logged now is almost always the newest.
 */
export function addLoggedNoteToCache(cache: ApolloCache, note: LoggedNote): void {
  const noteId = cache.identify({ __typename: 'CallNote', id: note.id });
  if (!noteId) return;
  const ref = { __ref: noteId } as Reference;
  const has = (list: readonly Reference[]) => list.some((item) => item.__ref === noteId);

  // The count follows the list: a note the list already holds (a refetch came first) is not counted twice.
  let added = false;
  const caseId = cache.identify({ __typename: 'Case', id: note.case.id });
  cache.modify<Record<string, unknown>>({
    id: caseId,
    fields: {
      callNotes: (existing) => {
        const connection = existing as NoteConnection;
        if (has(connection.nodes)) return connection;
        added = true;
        return { ...connection, nodes: [ref, ...connection.nodes], totalCount: connection.totalCount + 1 };
      },
    },
  });
  if (added) cache.modify<Record<string, unknown>>({ id: caseId, fields: { callNoteCount: (count) => (count as number) + 1 } });

  if (!note.candidateId) return;
  added = false;
  const candidateId = cache.identify({ __typename: 'Candidate', id: note.candidateId });
  cache.modify<Record<string, unknown>>({
    id: candidateId,
    fields: {
      callNotes: (existing) => {
        const list = existing as readonly Reference[];
        if (has(list)) return list;
        added = true;
        return [ref, ...list];
      },
    },
  });
  if (added) cache.modify<Record<string, unknown>>({ id: candidateId, fields: { callNoteCount: (count) => (count as number) + 1 } });
}
