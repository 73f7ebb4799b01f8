import type { Resolvers } from '../../graphql/generated.ts';
import { findPerson } from './person-finder.service.ts';

export const personFinderResolvers: Resolvers = {
  Query: {
    findPerson: (_root, args, ctx) => findPerson(ctx, args),
  },
};
