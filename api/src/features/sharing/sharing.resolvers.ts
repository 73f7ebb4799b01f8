import type { Resolvers } from '../../graphql/generated.ts';
import { casesById } from '../cases/case-loaders.ts';
import { usersById } from '../users/users.loaders.ts';
import { candidateSharesFor, listCandidateShares, shareCandidate } from './sharing.service.ts';

export const sharingResolvers: Resolvers = {
  Query: {
    candidateShares: (_root, args, ctx) => listCandidateShares(ctx, args),
  },
  Mutation: {
    shareCandidate: (_root, args, ctx) => shareCandidate(ctx, args.input),
  },
  Candidate: {
    shares: (candidate, _args, ctx) => candidateSharesFor(ctx, candidate.id),
  },
  CandidateShare: {
    case: (share, _args, ctx) => casesById(ctx).load(share.caseId),
    sharedBy: (share, _args, ctx) => usersById(ctx).load(share.sharedBy),
  },
};
