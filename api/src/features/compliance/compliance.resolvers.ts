import type { Resolvers } from '../../graphql/generated.ts';
import { usersById } from '../users/users.loaders.ts';
import {
  agreementById,
  attestComplianceTask,
  checklistOf,
  countOverdueComplianceTasks,
  isTaskOverdue,
  listComplianceTasks,
} from './compliance.service.ts';
import { markUserDeparted } from './departure.ts';
import { checkSensitiveText } from './sensitive-text.ts';

export const complianceResolvers: Resolvers = {
  Query: {
    complianceTasks: (_root, args, ctx) => listComplianceTasks(ctx, args),
    checkSensitiveText: (_root, args) => checkSensitiveText(args),
  },
  Mutation: {
    attestComplianceTask: (_root, args, ctx) => attestComplianceTask(ctx, args),
    markUserDeparted: (_root, args, ctx) => markUserDeparted(ctx, args),
  },
  ComplianceTask: {
    user: (task, _args, ctx) => (task.userId ? usersById(ctx).load(task.userId) : null),
    agreement: (task, _args, ctx) => (task.agreementId ? agreementById(ctx).load(task.agreementId) : null),
    overdue: (task) => isTaskOverdue(task),
    checklist: (task, _args, ctx) => checklistOf(ctx, task),
    attestedBy: (task, _args, ctx) => (task.attestedBy ? usersById(ctx).load(task.attestedBy) : null),
  },
  Overview: {
    overdueComplianceTasks: (_root, _args, ctx) => countOverdueComplianceTasks(ctx),
  },
};
