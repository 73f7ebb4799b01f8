import type { Resolvers } from '../graphql/generated.ts';
import { listOutbox } from './outbox-list.ts';

export const outboxResolvers: Resolvers = {
  Query: {
    outbox: (_root, args, ctx) => listOutbox(ctx, args),
  },
  OutboxEmail: {
    to: (row) => row.toAddress,
    text: (row) => row.textBody,
  },
};
