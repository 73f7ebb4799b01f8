import type { Resolvers } from '../../graphql/generated.ts';
import { usersById } from '../users/users.loaders.ts';
import { auditChainStatus, detailsJsonOf, listAuditEntries } from './audit.service.ts';

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: (_root, args, ctx) => listAuditEntries(ctx, args),
    auditChainStatus: (_root, _args, ctx) => auditChainStatus(ctx),
  },
  AuditEntry: {
    id: (entry) => String(entry.id),
    actor: (entry, _args, ctx) => (entry.actorId ? usersById(ctx).load(entry.actorId) : null),
    actorRole: (entry) => entry.actorRole as 'partner' | 'staff' | 'auditor' | null,
    detailsJson: (entry) => detailsJsonOf(entry),
  },
};
