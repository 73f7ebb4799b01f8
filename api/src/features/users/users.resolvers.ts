import type { Resolvers } from '../../graphql/generated.ts';
import {
  changeOwnPassword,
  createUser,
  currentUser,
  disableUser,
  enableUser,
  listUsers,
  loginUser,
  logoutUser,
  reauthenticate,
  setUserRole,
} from './users.service.ts';

export const usersResolvers: Resolvers = {
  Query: {
    me: (_root, _args, ctx) => currentUser(ctx),
    users: (_root, args, ctx) => listUsers(ctx, args.includeDisabled ?? false),
  },
  Mutation: {
    login: (_root, args, ctx) => loginUser(ctx, args),
    logout: (_root, _args, ctx) => logoutUser(ctx),
    reauthenticate: (_root, args, ctx) => reauthenticate(ctx, args),
    changePassword: (_root, args, ctx) => changeOwnPassword(ctx, args),
    createUser: (_root, args, ctx) => createUser(ctx, args.input),
    setUserRole: (_root, args, ctx) => setUserRole(ctx, args),
    disableUser: (_root, args, ctx) => disableUser(ctx, args),
    enableUser: (_root, args, ctx) => enableUser(ctx, args),
  },
};
