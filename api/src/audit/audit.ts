import type { Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import type { RequestContext } from '../context.ts';
import { claimIdempotencyKey } from '../http/idempotency.ts';
import { pseudonymOf } from './pseudonym.ts';

export type AuditEntry = {
  /** Dotted verb, e.g. `candidate.read`, `consent.record`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The person the data is about, as `{ type, id }` of the record that holds them. */
  subject?: { type: string; id: string } | null;
  /** Ids and counts only — never names, emails, phone numbers or free text. */
  details?: Record<string, unknown>;
};

/**
 * Writes one audit entry inside the caller's transaction: if this insert fails, the work it
 * records fails with it. The database adds the hash chain.
 */
export async function writeAudit(tx: Transaction, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  // A mutation sent with an Idempotency-Key claims it here, in the same transaction as its work.
  await claimIdempotencyKey(tx, ctx);
  await tx.insert(schema.auditLog).values({
    actorId: ctx.actor?.id ?? null,
    actorRole: ctx.actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    subjectPseudonym: entry.subject ? pseudonymOf(ctx.secretKey, entry.subject.type, entry.subject.id) : null,
    requestId: ctx.requestId,
    ipAnonymised: ctx.ipAnonymised,
    details: entry.details ?? {},
  });
}
