import type { Resolvers } from '../../graphql/generated.ts';
import { retentionRuleById } from '../retention/retention.service.ts';
import { privacyStatementLists } from './registers-export.ts';
import {
  createProcessingActivity,
  getProcessingActivity,
  listProcessingActivities,
  processorsByActivity,
  updateProcessingActivity,
} from './registers.service.ts';

export const registersResolvers: Resolvers = {
  Query: {
    processingActivities: (_root, _args, ctx) => listProcessingActivities(ctx),
    processingActivity: (_root, args, ctx) => getProcessingActivity(ctx, args.id),
    privacyStatementLists: (_root, _args, ctx) => privacyStatementLists(ctx),
  },
  Mutation: {
    createProcessingActivity: (_root, args, ctx) => createProcessingActivity(ctx, args.input),
    updateProcessingActivity: (_root, args, ctx) => updateProcessingActivity(ctx, args.id, args.input),
  },
  ProcessingActivity: {
    retentionRule: (activity, _args, ctx) => (activity.retentionRuleId ? retentionRuleById(ctx).load(activity.retentionRuleId) : null),
    processors: (activity, _args, ctx) => processorsByActivity(ctx).load(activity.id),
  },
};
