import type { Resolvers } from '../../graphql/generated.ts';
import { noteCountByCase } from './call-note-pages.ts';
import { caseCallNotes } from './call-notes.service.ts';
import { usersById } from '../users/users.loaders.ts';
import { membersByCase } from './case-loaders.ts';
import { addCaseMember, removeCaseMember } from './case-members.service.ts';
import { closeCase, getCase, listCases, openCase, reopenCase, searchCases } from './cases.service.ts';

export const casesResolvers: Resolvers = {
  Query: {
    cases: (_root, args, ctx) => listCases(ctx, args),
    case: (_root, args, ctx) => getCase(ctx, args.id),
    searchCases: (_root, args, ctx) => searchCases(ctx, args),
  },
  Mutation: {
    openCase: (_root, args, ctx) => openCase(ctx, args.input),
    closeCase: (_root, args, ctx) => closeCase(ctx, args.id),
    reopenCase: (_root, args, ctx) => reopenCase(ctx, args.id),
    addCaseMember: (_root, args, ctx) => addCaseMember(ctx, args),
    removeCaseMember: (_root, args, ctx) => removeCaseMember(ctx, args),
  },
  Case: {
    responsiblePartner: (row, _args, ctx) => usersById(ctx).load(row.responsiblePartnerId),
    members: (row, _args, ctx) => membersByCase(ctx).load(row.id),
    callNotes: (row, args, ctx) => caseCallNotes(ctx, row.id, args),
    callNoteCount: (row, _args, ctx) => noteCountByCase(ctx).load(row.id),
  },
};
