import type { Resolvers } from '../../graphql/generated.ts';
import { noteCountByCandidate } from './call-note-pages.ts';
import { callNoteBody, candidateCallNotes, listCallNotes, logCallNote } from './call-notes.service.ts';
import { usersById } from '../users/users.loaders.ts';
import { casesById } from './case-loaders.ts';

export const callNotesResolvers: Resolvers = {
  Query: {
    callNotes: (_root, args, ctx) => listCallNotes(ctx, args),
  },
  Mutation: {
    logCallNote: (_root, args, ctx) => logCallNote(ctx, args.input),
  },
  CallNote: {
    case: (note, _args, ctx) => casesById(ctx).load(note.caseId),
    author: (note, _args, ctx) => usersById(ctx).load(note.authorId),
    body: (note, _args, ctx) => callNoteBody(ctx, note),
  },
  Candidate: {
    callNotes: (candidate, args, ctx) => candidateCallNotes(ctx, candidate.id, args),
    callNoteCount: (candidate, _args, ctx) => noteCountByCandidate(ctx).load(candidate.id),
  },
};
