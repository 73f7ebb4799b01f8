import type { Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import { and, desc, eq, inArray } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import { requireActor, type RequestContext } from '../../context.ts';
import { AppError, conflict, forbidden } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import { retryTransaction } from '../../shared/retry-transaction.ts';
import { parseInput } from '../../validation.ts';
import { currentStates, type ConsentStateRow } from '../consents/consent-queries.ts';
import { candidateSharesInput, shareCandidateInput } from './sharing.inputs.ts';

const { candidates, candidateDocuments, candidateShares: shares, cases } = schema;
export type CandidateShareRow = typeof shares.$inferSelect;

/** NOT_FOUND that names the input field, so the form can show it in place. */
const notFoundOn = (entity: string, field: string) => new AppError('NOT_FOUND', `${entity} not found`, { entity, field });
const subjectOf = (candidateId: string) => ({ type: 'candidate' as const, id: candidateId });
const newestFirst = [desc(shares.sharedAt), desc(shares.id)];

/** Sharing needs the candidate's consent for this very case ("i hvert enkelt tilfelle"). */
function noConsent(state: ConsentStateRow | undefined): AppError {
  const message = state
    ? 'The candidate has withdrawn their consent to having their information shared with the client in this case, so it cannot be shared.'
    : 'The candidate has not consented to having their information shared with the client in this case. Record their consent for this case first.';
  return new AppError('CONFLICT', message, { reason: 'NO_CONSENT', field: 'caseId' });
}

/** The CV version to send: the one asked for (it must be this candidate's), else the newest; none is allowed (profile only). */
async function documentToSend(tx: Transaction, candidateId: string, documentId: string | null) {
  const columns = { id: candidateDocuments.id, version: candidateDocuments.version };
  if (documentId) {
    const [doc] = await tx
      .select(columns)
      .from(candidateDocuments)
      .where(and(eq(candidateDocuments.id, documentId), eq(candidateDocuments.candidateId, candidateId)));
    if (!doc) throw notFoundOn('Document', 'documentId');
    return doc;
  }
  const [newest] = await tx
    .select(columns)
    .from(candidateDocuments)
    .where(eq(candidateDocuments.candidateId, candidateId))
    .orderBy(desc(candidateDocuments.version))
    .limit(1);
  return newest ?? null;
}

/**
 * Records that a candidate's CV or profile was sent to a client, with the consent event it relied
 * on. The candidate row is locked FOR UPDATE first: every consent event inserted for this
 * candidate takes FOR KEY SHARE on that row through its foreign key, and FOR UPDATE conflicts
 * with it. So a withdrawal being recorded right now either committed before the lock (and the
 * consent read below, a fresh snapshot, sees it) or waits until this share has committed — it
 * cannot slip in between the check and the insert. Cheaper than SERIALIZABLE, which would need
 * retries, and it holds on both drivers.
 */
export async function shareCandidate(ctx: RequestContext, rawInput: unknown): Promise<CandidateShareRow> {
  const input = parseInput(shareCandidateInput, rawInput);
  const actor = requireActor(ctx);
  return retryTransaction(ctx.db, async (tx) => {
    const [candidate] = await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.id, input.candidateId)).for('update');
    if (!candidate) throw notFoundOn('Candidate', 'candidateId');
    const [target] = await tx.select({ status: cases.status }).from(cases).where(eq(cases.id, input.caseId));
    if (!target) throw notFoundOn('Case', 'caseId');
    if (target.status !== 'open') throw conflict('The case is closed; nothing is shared with a client on a closed case', 'caseId');
    const document = await documentToSend(tx, input.candidateId, input.documentId);
    const consent = (await currentStates(tx, subjectOf(input.candidateId))).find(
      (state) => state.purpose === 'share_with_client' && state.caseId === input.caseId,
    );
    if (!consent?.granted) throw noConsent(consent);
    const [row] = await tx
      .insert(shares)
      .values({
        candidateId: input.candidateId,
        caseId: input.caseId,
        documentId: document?.id ?? null,
        documentVersion: document ? String(document.version) : null,
        recipient: input.recipient,
        consentEventId: consent.eventId,
        sharedBy: actor.id,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, ctx, {
      action: 'candidate.share',
      entityType: 'candidate_share',
      entityId: row.id,
      subject: subjectOf(row.candidateId),
      details: { caseId: row.caseId, documentId: row.documentId, documentVersion: row.documentVersion, consentEventId: row.consentEventId },
    });
    return row;
  }, { ctx });
}

/** Shares of a page of candidates, newest first: one statement and one audit entry per page. */
export const sharesByCandidate = defineLoader<string, CandidateShareRow[]>((ctx, ids) =>
  ctx.db.transaction(async (tx) => {
    const rows = await tx.select().from(shares).where(inArray(shares.candidateId, [...ids])).orderBy(...newestFirst);
    await writeAudit(tx, ctx, { action: 'candidate.share.read', entityType: 'candidate_share', details: { candidateIds: [...ids], shares: rows.length } });
    return byKey(ids, rows, (row) => row.candidateId, () => [], (list) => list);
  }),
);

/** Candidate.shares: partners and auditors; staff do not see where a candidate was sent. */
export function candidateSharesFor(ctx: RequestContext, candidateId: string) {
  if (ctx.actor?.role !== 'partner' && ctx.actor?.role !== 'auditor') throw forbidden('Shares are for partners and auditors');
  return sharesByCandidate(ctx).load(candidateId);
}

export async function listCandidateShares(ctx: RequestContext, rawArgs: unknown): Promise<CandidateShareRow[]> {
  const { candidateId } = parseInput(candidateSharesInput, rawArgs);
  return ctx.db.transaction(async (tx) => {
    const [candidate] = await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.id, candidateId));
    if (!candidate) throw notFoundOn('Candidate', 'candidateId');
    const rows = await tx.select().from(shares).where(eq(shares.candidateId, candidateId)).orderBy(...newestFirst);
    await writeAudit(tx, ctx, {
      action: 'candidate.share.read',
      entityType: 'candidate_share',
      subject: subjectOf(candidateId),
      details: { shareIds: rows.map((r) => r.id) },
    });
    return rows;
  });
}
