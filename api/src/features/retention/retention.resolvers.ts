import type { Resolvers } from '../../graphql/generated.ts';
import { usersById } from '../users/users.loaders.ts';
import {
  getRetentionRun,
  listRetentionRules,
  listRetentionRuns,
  reportOf,
  retentionDueCounts,
  runRetentionNow,
  updateRetentionRule,
} from './retention.service.ts';

export const retentionResolvers: Resolvers = {
  Query: {
    retentionRules: (_root, _args, ctx) => listRetentionRules(ctx),
    retentionRuns: (_root, args, ctx) => listRetentionRuns(ctx, args),
    retentionRun: (_root, args, ctx) => getRetentionRun(ctx, args.id),
  },
  Mutation: {
    updateRetentionRule: (_root, args, ctx) => updateRetentionRule(ctx, args.id, args.input),
    runRetention: (_root, args, ctx) => runRetentionNow(ctx, args),
  },
  RetentionRule: {
    updatedBy: (rule, _args, ctx) => (rule.updatedBy ? usersById(ctx).load(rule.updatedBy) : null),
  },
  RetentionRun: {
    triggeredBy: (run, _args, ctx) => (run.triggeredBy ? usersById(ctx).load(run.triggeredBy) : null),
    asOf: (run) => new Date(reportOf(run).asOf),
    rules: (run) => reportOf(run).rules,
    disabledCategories: (run) => reportOf(run).disabledCategories,
    housekeeping: (run) => reportOf(run).housekeeping ?? [],
    failure: (run) => {
      const error = reportOf(run).error;
      return error ? [error.name, error.code].filter(Boolean).join(' ') : null;
    },
  },
  Overview: {
    retentionDue: (_root, _args, ctx) => retentionDueCounts(ctx),
  },
};
