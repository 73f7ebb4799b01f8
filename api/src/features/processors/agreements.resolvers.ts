import type { Resolvers } from '../../graphql/generated.ts';
import {
  createAgreement,
  isReviewDue,
  listAgreementsDueForReview,
  missingClausesOf,
  updateAgreement,
} from './agreements.service.ts';
import { processorById } from './processors.service.ts';

export const agreementsResolvers: Resolvers = {
  Query: {
    agreementsDueForReview: (_root, args, ctx) => listAgreementsDueForReview(ctx, args),
  },
  Mutation: {
    createAgreement: (_root, args, ctx) => createAgreement(ctx, args.input),
    updateAgreement: (_root, args, ctx) => updateAgreement(ctx, args.id, args.input),
  },
  ProcessorAgreement: {
    processor: (agreement, _args, ctx) => processorById(ctx).load(agreement.processorId),
    reviewDue: (agreement) => isReviewDue(agreement),
    missingClauses: (agreement) => missingClausesOf(agreement),
    documentDownloadUrl: (agreement) => (agreement.documentName ? `/files/agreement-documents/${agreement.id}` : null),
  },
};
