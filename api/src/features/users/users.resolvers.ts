import type { Resolvers } from '../../graphql/generated.ts';
import { currentUser, listUsers, loginUser, logoutUser } from './users.service.ts';

export const usersResolvers: Resolvers = {
  Query: {
    me: (_root, _args, ctx) => currentUser(ctx),
    users: (_root, _args, ctx) => listUsers(ctx),
  },
  Mutation: {
    login: (_root, args, ctx) => loginUser(ctx, args),
    logout: (_root, _args, ctx) => logoutUser(ctx),
  },
};
