import type { Resolvers } from '../graphql/generated.ts';
import type { RouteRegistrar } from '../http/routes.ts';
import { candidatesResolvers } from './candidates/candidates.resolvers.ts';
import { registerCandidateRoutes } from './candidates/candidates.routes.ts';
import { usersResolvers } from './users/users.resolvers.ts';

/** Each feature's resolvers; their SDL is found by `graphql/schema.ts`. */
export const featureResolvers: Resolvers[] = [usersResolvers, candidatesResolvers];

/** Each feature's plain HTTP routes (file downloads). */
export const featureRoutes: RouteRegistrar[] = [registerCandidateRoutes];
