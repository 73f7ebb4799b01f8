import type { Resolvers } from '../../graphql/generated.ts';
import { usersById } from '../users/users.loaders.ts';
import { daysLeftOf, effectiveDueOn, isOverdue, isPaused } from './deadlines.ts';
import { osloToday } from '../../shared/oslo-dates.ts';
import { addRequestComment, commentsByRequest } from './request-comments.ts';
import {
  assignRequestHandler,
  completeRequest,
  extendRequestDeadline,
  refuseRequest,
  requestIdentityVerification,
  startRequestWork,
  verifyIdentity,
} from './request-steps.ts';
import { getRequest, listOverdueRequests, listRequests, listRequestsDueSoon, registerRequest } from './requests.service.ts';

export const requestsResolvers: Resolvers = {
  Query: {
    dataSubjectRequests: (_root, args, ctx) => listRequests(ctx, args),
    dataSubjectRequest: (_root, args, ctx) => getRequest(ctx, args.id),
  },
  Mutation: {
    registerRequest: (_root, args, ctx) => registerRequest(ctx, args.input),
    requestIdentityVerification: (_root, args, ctx) => requestIdentityVerification(ctx, args.id),
    verifyIdentity: (_root, args, ctx) => verifyIdentity(ctx, args.id),
    startRequestWork: (_root, args, ctx) => startRequestWork(ctx, args.id),
    extendRequestDeadline: (_root, args, ctx) => extendRequestDeadline(ctx, args),
    completeRequest: (_root, args, ctx) => completeRequest(ctx, args),
    refuseRequest: (_root, args, ctx) => refuseRequest(ctx, args),
    assignRequestHandler: (_root, args, ctx) => assignRequestHandler(ctx, args),
    addRequestComment: (_root, args, ctx) => addRequestComment(ctx, args),
  },
  Overview: {
    requestsDueSoon: (_root, args, ctx) => listRequestsDueSoon(ctx, args),
    overdueRequests: (_root, _args, ctx) => listOverdueRequests(ctx),
  },
  DataSubjectRequest: {
    dueOn: (row) => effectiveDueOn(row, osloToday()),
    baseDueOn: (row) => row.dueOn,
    paused: (row) => isPaused(row),
    daysLeft: (row) => daysLeftOf(row, osloToday()),
    overdue: (row) => isOverdue(row, osloToday()),
    handler: (row, _args, ctx) => (row.handlerId ? usersById(ctx).load(row.handlerId) : null),
    comments: (row, _args, ctx) => commentsByRequest(ctx).load(row.id),
  },
  RequestComment: {
    author: (comment, _args, ctx) => usersById(ctx).load(comment.authorId),
  },
};
