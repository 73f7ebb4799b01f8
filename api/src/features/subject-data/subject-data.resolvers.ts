import type { Resolvers } from '../../graphql/generated.ts';
import { eraseDataSubject, getErasureImpact, summariseSubjectExport } from './subject-data.service.ts';

export const subjectDataResolvers: Resolvers = {
  Query: {
    subjectExportSummary: (_root, args, ctx) => summariseSubjectExport(ctx, args),
    erasureImpact: (_root, args, ctx) => getErasureImpact(ctx, args),
  },
  Mutation: {
    eraseDataSubject: (_root, args, ctx) => eraseDataSubject(ctx, args),
  },
};
