import type { Resolvers } from '../../graphql/generated.ts';
import { areaCounts, consentActivity } from './dashboard.service.ts';

/** The overview's figures: reached only through `overview` (partners and auditors). */
export const dashboardResolvers: Resolvers = {
  Overview: {
    consentActivity: (_root, args, ctx) => consentActivity(ctx, args),
    counts: (_root, _args, ctx) => areaCounts(ctx),
  },
};
