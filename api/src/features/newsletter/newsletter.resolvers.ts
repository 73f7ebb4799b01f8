import type { Resolvers } from '../../graphql/generated.ts';
import { addSubscriber, listSubscribers, removeSubscriber } from './newsletter.service.ts';

export const newsletterResolvers: Resolvers = {
  Query: {
    subscribers: (_root, args, ctx) => listSubscribers(ctx, args),
  },
  Mutation: {
    addSubscriber: (_root, args, ctx) => addSubscriber(ctx, args.input),
    removeSubscriber: (_root, args, ctx) => removeSubscriber(ctx, args),
  },
};
