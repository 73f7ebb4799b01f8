import type { Resolvers } from '../graphql/generated.ts';
import type { RouteRegistrar } from '../http/routes.ts';
import { auditResolvers } from './audit/audit.resolvers.ts';
import { candidatesResolvers } from './candidates/candidates.resolvers.ts';
import { registerCandidateRoutes } from './candidates/candidates.routes.ts';
import { callNotesResolvers } from './cases/call-notes.resolvers.ts';
import { casesResolvers } from './cases/cases.resolvers.ts';
import { consentsResolvers } from './consents/consents.resolvers.ts';
import { newsletterResolvers } from './newsletter/newsletter.resolvers.ts';
import { overviewResolvers } from './overview/overview.resolvers.ts';
import { agreementsResolvers } from './processors/agreements.resolvers.ts';
import { registerAgreementRoutes } from './processors/agreements.routes.ts';
import { processorsResolvers } from './processors/processors.resolvers.ts';
import { usersResolvers } from './users/users.resolvers.ts';

/** Each feature's resolvers; their SDL is found by `graphql/schema.ts`. */
export const featureResolvers: Resolvers[] = [
  usersResolvers,
  candidatesResolvers,
  casesResolvers,
  callNotesResolvers,
  consentsResolvers,
  newsletterResolvers,
  processorsResolvers,
  agreementsResolvers,
  overviewResolvers,
  auditResolvers,
];

/** Each feature's plain HTTP routes (file downloads). */
export const featureRoutes: RouteRegistrar[] = [
  registerCandidateRoutes,
  registerAgreementRoutes,
];
