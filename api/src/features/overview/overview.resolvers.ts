import type { Resolvers } from '../../graphql/generated.ts';

/** The overview object is a marker; every field below it resolves its own numbers. */
export type OverviewRoot = { generatedAt: Date };

export const overviewResolvers: Resolvers = {
  Query: {
    overview: () => ({ generatedAt: new Date() }),
  },
};
