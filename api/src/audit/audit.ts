import type { Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import type { RequestContext } from '../context.ts';
import { claimIdempotencyKey } from '../http/idempotency.ts';
import { deferredAuditOf } from './audited-reads.ts';
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
 * records fails with it. The database adds the hash chain. In a batch of audited reads
 * (`audited-reads.ts`) the entry is inserted with the batch's others, still in this transaction.
 */
export async function writeAudit(tx: Transaction, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const deferred = deferredAuditOf(tx);
  if (deferred) deferred.push(entry);
  else await writeAuditEntries(tx, ctx, [entry]);
}

/** Several entries in one insert (the chain trigger links them row by row, in this order). */
export async function writeAuditEntries(tx: Transaction, ctx: RequestContext, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  // A mutation sent with an Idempotency-Key claims it here, in the same transaction as its work.
  await claimIdempotencyKey(tx, ctx);
  await tx.insert(schema.auditLog).values(
    entries.map((entry) => ({
      actorId: ctx.actor?.id ?? null,
      actorRole: ctx.actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      subjectPseudonym: entry.subject ? pseudonymOf(ctx.secretKey, entry.subject.type, entry.subject.id) : null,
      requestId: ctx.requestId,
      ipAnonymised: ctx.ipAnonymised,
      details: entry.details ?? {},
    })),
  );
}
