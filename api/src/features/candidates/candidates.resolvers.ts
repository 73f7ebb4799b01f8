import type { Resolvers } from '../../graphql/generated.ts';
import {
  candidateDocumentsFor,
  createCandidate,
  getCandidate,
  listCandidates,
  updateCandidate,
  uploadCandidateDocument,
} from './candidates.service.ts';
import { startNestedReads, startRowReads } from './nested-reads.ts';

export const candidatesResolvers: Resolvers = {
  Query: {
    candidates: (_root, args, ctx, info) => listCandidates(ctx, args, (ids) => startRowReads(ctx, ids, info)),
    candidate: (_root, args, ctx, info) => getCandidate(ctx, args.id, () => startNestedReads(ctx, args.id, info)),
  },
  Mutation: {
    createCandidate: (_root, args, ctx) => createCandidate(ctx, args.input),
    updateCandidate: (_root, args, ctx) => updateCandidate(ctx, args.id, args.input),
    uploadCandidateDocument: (_root, args, ctx) => uploadCandidateDocument(ctx, args.input),
  },
  Candidate: {
    documents: (candidate, _args, ctx) => candidateDocumentsFor(ctx, candidate.id),
  },
  CandidateDocument: {
    downloadUrl: (doc) => `/files/candidate-documents/${doc.id}`,
  },
};
