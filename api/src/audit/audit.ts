import type { EndedTransaction, Queryable, Transaction } from '@pvr/db';
import { sql } from '@pvr/db/orm';
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
 * (`audited-reads.ts`) the entry is kept and inserted with the batch's others before any of
 * their results is handed on; only there may `tx` be the database itself.
 */
export async function writeAudit(tx: Queryable, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const deferred = deferredAuditOf(tx);
  if (deferred) deferred.push(entry);
  else if (tx === ctx.db) throw new Error('writeAudit outside an audited read needs the transaction of the work it records');
  else await writeAuditEntries(tx as Transaction, ctx, [entry]);
}

/**
 * Several entries in one insert (the chain trigger links them row by row, in this order).
 * One statement text whatever the number of entries: they travel as one JSON array, so the
 * statement is parsed and planned once per connection and nothing is rebuilt per request.
 */
export async function writeAuditEntries(tx: Transaction, ctx: RequestContext, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  // A mutation sent with an Idempotency-Key claims it here, in the same transaction as its work.
  await claimIdempotencyKey(tx, ctx);
  await auditInsert(tx, ctx, entries);
}

/**
 * A mutation's entry as the last statement of its transaction (`retryTransactionEndingWith`):
 * sent with the COMMIT, so the chain head it locks is held for no round trip, and still
 * committed with the work or not at all. Claims the request's Idempotency-Key first.
 */
export async function endingWithAudit<T>(tx: Transaction, ctx: RequestContext, result: T, entry: AuditEntry): Promise<EndedTransaction<T>> {
  await claimIdempotencyKey(tx, ctx);
  return { result, last: () => auditInsert(tx, ctx, [entry]) };
}

/** An entry as the insert takes it: the request's who and where travel with each row. */
export type AuditRow = {
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  subjectPseudonym: string | null;
  requestId: string;
  ipAnonymised: string | null;
  details: Record<string, unknown>;
};

export function auditRowsOf(ctx: RequestContext, entries: AuditEntry[]): AuditRow[] {
  return entries.map((entry) => ({
    actorId: ctx.actor?.id ?? null,
    actorRole: ctx.actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    subjectPseudonym: entry.subject ? pseudonymOf(ctx.secretKey, entry.subject.type, entry.subject.id) : null,
    requestId: ctx.requestId,
    ipAnonymised: ctx.ipAnonymised,
    details: entry.details ?? {},
  }));
}

/**
 * The insert of `writeAuditEntries` alone, not started until awaited (a drizzle query), so a
 * batch with an Idempotency-Key can send it as its transaction's last statement. The caller
 * claims the key first. (Other batches' entries go through `group-commit.ts`.)
 */
export function auditInsert(tx: Queryable, ctx: RequestContext, entries: AuditEntry[]): PromiseLike<unknown> {
  return insertAuditRows(tx, auditRowsOf(ctx, entries));
}

/**
 * One statement text whatever the rows and whoever they are from (the audit group commit
 * inserts several requests' entries at once): every column travels in the JSON array.
 */
export function insertAuditRows(db: Queryable, rows: AuditRow[]): PromiseLike<unknown> {
  return db.execute(sql`
    insert into audit_log (actor_id, actor_role, action, entity_type, entity_id, subject_pseudonym, request_id, ip_anonymised, details)
    select (e.row->>'actorId')::uuid, e.row->>'actorRole', e.row->>'action', e.row->>'entityType', e.row->>'entityId',
           e.row->>'subjectPseudonym', e.row->>'requestId', e.row->>'ipAnonymised', e.row->'details'
    from jsonb_array_elements(${JSON.stringify(rows)}::text::jsonb) with ordinality as e(row, n)
    order by e.n`);
}
