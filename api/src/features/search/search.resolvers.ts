import type { Resolvers } from '../../graphql/generated.ts';
import { search } from './search.service.ts';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_root, args, ctx) => search(ctx, args),
  },
};
