import type { Resolvers } from '../../graphql/generated.ts';
import {
  consentEventById,
  consentsByCandidate,
  getConsentAsOf,
  getCurrentConsents,
  listConsentHistory,
  listRecentConsentEvents,
  recordConsent,
} from './consents.service.ts';

export const consentsResolvers: Resolvers = {
  Query: {
    consentHistory: (_root, args, ctx) => listConsentHistory(ctx, args),
    currentConsents: (_root, args, ctx) => getCurrentConsents(ctx, args),
    consentAsOf: (_root, args, ctx) => getConsentAsOf(ctx, args),
    recentConsentEvents: (_root, args, ctx) => listRecentConsentEvents(ctx, args),
  },
  Mutation: {
    recordConsent: (_root, args, ctx) => recordConsent(ctx, args.input),
  },
  Candidate: {
    consents: (candidate, _args, ctx) => consentsByCandidate(ctx).load(candidate.id),
  },
  ConsentState: {
    event: (state, _args, ctx) => state.event ?? consentEventById(ctx).load(state.eventId),
  },
  ConsentEvent: {
    recordedById: (event) => event.recordedBy,
  },
};
