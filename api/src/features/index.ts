import type { Resolvers } from '../graphql/generated.ts';
import type { RouteRegistrar } from '../http/routes.ts';
import { auditResolvers } from './audit/audit.resolvers.ts';
import { candidatesResolvers } from './candidates/candidates.resolvers.ts';
import { registerCandidateRoutes } from './candidates/candidates.routes.ts';
import { callNotesResolvers } from './cases/call-notes.resolvers.ts';
import { casesResolvers } from './cases/cases.resolvers.ts';
import { consentsResolvers } from './consents/consents.resolvers.ts';
import { dashboardResolvers } from './dashboard/dashboard.resolvers.ts';
import { newsletterResolvers } from './newsletter/newsletter.resolvers.ts';
import { overviewResolvers } from './overview/overview.resolvers.ts';
import { personFinderResolvers } from './person-finder/person-finder.resolvers.ts';
import { agreementsResolvers } from './processors/agreements.resolvers.ts';
import { registerAgreementRoutes } from './processors/agreements.routes.ts';
import { processorsResolvers } from './processors/processors.resolvers.ts';
import { requestsResolvers } from './requests/requests.resolvers.ts';
import { searchResolvers } from './search/search.resolvers.ts';
import { sharingResolvers } from './sharing/sharing.resolvers.ts';
import { subjectDataResolvers } from './subject-data/subject-data.resolvers.ts';
import { registerSubjectDataRoutes } from './subject-data/subject-data.routes.ts';
import { usersResolvers } from './users/users.resolvers.ts';
import { retentionResolvers } from './retention/retention.resolvers.ts';
import { complianceResolvers } from './compliance/compliance.resolvers.ts';
import { registersResolvers } from './registers/registers.resolvers.ts';
import { registerRegisterRoutes } from './registers/registers.routes.ts';
import { outboxResolvers } from '../mail/outbox.resolvers.ts';
import { registerPublicRoutes } from '../public/index.ts';

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
  dashboardResolvers,
  requestsResolvers,
  personFinderResolvers,
  sharingResolvers,
  searchResolvers,
  outboxResolvers,
  auditResolvers,
  subjectDataResolvers,
  retentionResolvers,
  complianceResolvers,
  registersResolvers,
];

/** Each feature's plain HTTP routes (file downloads). */
export const featureRoutes: RouteRegistrar[] = [
  registerCandidateRoutes,
  registerAgreementRoutes,
  registerPublicRoutes,
  registerSubjectDataRoutes,
  registerRegisterRoutes,
];
