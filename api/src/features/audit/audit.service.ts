import { and, desc, eq, gte, like, lt, lte, type SQL } from '@pvr/db/orm';
import { schema } from '@pvr/db';
import { writeAudit } from '../../audit/audit.ts';
import { pseudonymOf } from '../../audit/pseudonym.ts';
import { verifyAuditChain } from '../../audit/verify-chain.ts';
import type { RequestContext } from '../../context.ts';
import { decodeCursor, keysetPage } from '../../shared/cursor.ts';
import { parseInput } from '../../validation.ts';
import { auditLogInput } from './audit.inputs.ts';

const { auditLog } = schema;
export type AuditEntryRow = typeof auditLog.$inferSelect;

const subjectTypes = { candidateId: 'candidate', subscriberId: 'subscriber', requestId: 'request', callNoteId: 'call_note' } as const;

/** A page of the audit log, newest first, keyed on the chain position (unique and ordered). */
export async function listAuditEntries(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(auditLogInput, rawArgs);
  const filter = args.filter;
  const conditions: SQL[] = [];
  if (filter?.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter?.subject) {
    const [key, id] = Object.entries(filter.subject).find(([, value]) => value) as [keyof typeof subjectTypes, string];
    conditions.push(eq(auditLog.subjectPseudonym, pseudonymOf(ctx.secretKey, subjectTypes[key], id)));
  }
  if (filter?.action) {
    conditions.push(filter.action.endsWith('.') ? like(auditLog.action, `${filter.action}%`) : eq(auditLog.action, filter.action));
  }
  if (filter?.from) conditions.push(gte(auditLog.occurredAt, filter.from));
  if (filter?.to) conditions.push(lte(auditLog.occurredAt, filter.to));
  if (args.after) conditions.push(lt(auditLog.seq, Number(decodeCursor(args.after, 1)[0])));

  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(auditLog)
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(desc(auditLog.seq))
      .limit(args.first + 1);
    // Looking at who touched whose data is itself worth a trace (filter kinds only, no values).
    await writeAudit(tx, ctx, {
      action: 'audit.read',
      entityType: 'audit_log',
      details: { filters: Object.keys(filter ?? {}).filter((k) => filter?.[k as keyof typeof filter]) },
    });
    return keysetPage(rows, args.first, (entry) => [entry.seq]);
  });
}

export async function auditChainStatus(ctx: RequestContext) {
  const verdict = await verifyAuditChain(ctx.db);
  return verdict.ok
    ? { ok: true, entries: verdict.entries, headHash: verdict.headHash, brokenSeq: null, reason: null }
    : { ok: false, entries: verdict.entries, brokenSeq: verdict.brokenSeq, reason: verdict.reason, headHash: null };
}

export const detailsJsonOf = (row: AuditEntryRow) => JSON.stringify(row.details ?? {});
