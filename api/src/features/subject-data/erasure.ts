import type { Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import { and, eq, inArray, sql } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import type { RequestContext } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { retryTransaction } from '../../shared/retry-transaction.ts';
import {
  countErasure,
  cvRecipientsOf,
  holdsNothing,
  idempotencyKeysNaming,
  planNoteRedactions,
  planRequestRedactions,
  type CvRecipient,
  type ErasureCounts,
} from './erasure-plan.ts';
import { redactedName } from './redaction.ts';
import { auditSubjectOf, resolveSubject, type SubjectRef } from './subject.ts';
import { anyOf, type SubjectRecords } from './subject-records.ts';
import { identifierHashes } from './tombstones.ts';

export type { CvRecipient, ErasureCounts } from './erasure-plan.ts';

const { candidateDocuments, candidateShares, candidates, consentEvents, contactInquiries, dataSubjectRequests, emailOutbox, erasureTombstones, idempotencyKeys, selfServiceTokens, subscribers } = schema;

export type ErasureImpact = {
  candidateId: string | null;
  subscriberId: string | null;
  counts: ErasureCounts;
  /** Audit entries about the person stay: they hold only a pseudonym that leads nowhere afterwards. */
  auditEntriesKept: number;
  recipients: CvRecipient[];
};

export type ErasureResult = {
  tombstoneId: string;
  erasedAt: Date;
  counts: ErasureCounts;
  /** Clients that received the CV: tell them to delete it. */
  recipients: CvRecipient[];
};

export type ErasureOptions = {
  /** The data-subject request this answers; kept on the tombstone. */
  requestId?: string | null;
  /** Run inside the caller's transaction (e.g. a consent withdrawal), so both stand or fall together. */
  tx?: Transaction;
  /** Why, for the audit entry: a request handled by a partner, the candidate's own withdrawal or self-service deletion, or the retention job. */
  reason?: 'request' | 'consent_withdrawn' | 'self_service' | 'retention';
};

/** What an erasure would do, without doing it (no permission check, no audit). */
export async function previewErasure(db: RequestContext['db'] | Transaction, secretKey: Buffer, ref: SubjectRef): Promise<ErasureImpact> {
  const records = await resolveSubject(db, secretKey, ref);
  const idempotency = await idempotencyKeysNaming(db, records);
  return {
    candidateId: records.identity.candidate?.id ?? null,
    subscriberId: records.identity.subscriber?.id ?? null,
    counts: countErasure(records, idempotency.length),
    auditEntriesKept: records.auditEntries.length,
    recipients: cvRecipientsOf(records),
  };
}

/**
 * Erases a person from every area in ONE transaction (DOMAIN.md § 6) and leaves a tombstone of
 * keyed hashes. No permission check: callers decide who may (partners with fresh
 * re-authentication; the person themselves by withdrawing candidate_registry).
 */
export async function eraseSubject(ctx: RequestContext, ref: SubjectRef, options: ErasureOptions = {}): Promise<ErasureResult> {
  const run = async (tx: Transaction): Promise<ErasureResult> => {
    if (options.requestId) {
      const [request] = await tx.select({ id: dataSubjectRequests.id }).from(dataSubjectRequests).where(eq(dataSubjectRequests.id, options.requestId));
      if (!request) throw notFound('Request');
    }
    const records = await resolveSubject(tx, ctx.secretKey, ref, { lock: true });
    const idempotency = await idempotencyKeysNaming(tx, records);
    const planned = countErasure(records, idempotency.length);
    if (holdsNothing(planned)) throw notFound('Data subject');
    const recipients = cvRecipientsOf(records);

    // Lets the consent history's DELETE trigger through for this transaction's erasure only.
    await tx.execute(sql`select set_config('pvr.erasure_in_progress', 'on', true)`);
    await redactNotes(tx, records);
    const { comments } = await redactRequests(tx, records);
    const deleted = await deleteRecords(tx, records, idempotency);
    await tx.execute(sql`select set_config('pvr.erasure_in_progress', 'off', true)`);

    const counts: ErasureCounts = { ...deleted, callNotesRedacted: records.notes.length, requestsRedacted: records.requests.length, requestCommentsRedacted: comments };
    const { identity } = records;
    const [tombstone] = await tx
      .insert(erasureTombstones)
      .values({
        identifierHashes: identifierHashes(ctx.secretKey, identity),
        erasedBy: ctx.actor?.id ?? null,
        requestId: options.requestId ?? null,
        removedCounts: counts,
      })
      .returning({ id: erasureTombstones.id, erasedAt: erasureTombstones.erasedAt });
    if (!tombstone) throw new Error('insert returned no row');
    const subject = auditSubjectOf(identity);
    await writeAudit(tx, ctx, {
      action: 'subject.erase',
      entityType: subject?.type ?? 'person',
      // Never the email: a person known only by email is named by the pseudonym alone.
      entityId: identity.candidate?.id ?? identity.subscriber?.id ?? null,
      subject,
      details: { tombstoneId: tombstone.id, dataSubjectRequestId: options.requestId ?? null, reason: options.reason ?? 'request', counts, cvRecipients: recipients.length },
    });
    return { tombstoneId: tombstone.id, erasedAt: tombstone.erasedAt, counts, recipients };
  };
  return options.tx ? run(options.tx) : retryTransaction(ctx.db, run, { ctx });
}

/** One UPDATE for all notes, from a JSON list of their redacted values. */
async function redactNotes(tx: Transaction, records: SubjectRecords): Promise<void> {
  const rows = planNoteRedactions(records);
  if (!rows.length) return;
  await tx.execute(sql`
    update call_notes as n
       set candidate_id = v.candidate_id, other_party_name = v.other_party_name, other_party_phone = v.other_party_phone,
           body = v.body, sensitive_override_reason = v.reason, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as v(id uuid, candidate_id uuid, other_party_name text, other_party_phone text, body text, reason text)
     where n.id = v.id`);
}

async function redactRequests(tx: Transaction, records: SubjectRecords): Promise<{ comments: number }> {
  const { requests, comments } = planRequestRedactions(records);
  if (requests.length) {
    await tx.execute(sql`
      update data_subject_requests as r
         set requester_name = ${redactedName}, requester_email = null, requester_phone = null, candidate_id = null,
             extension_reason = v.extension_reason, refusal_reason = v.refusal_reason, resolution = v.resolution
        from jsonb_to_recordset(${JSON.stringify(requests)}::jsonb)
          as v(id uuid, extension_reason text, refusal_reason text, resolution text)
       where r.id = v.id`);
  }
  if (comments.length) {
    await tx.execute(sql`
      update request_comments as c set body = v.body, sensitive_override_reason = v.reason
        from jsonb_to_recordset(${JSON.stringify(comments)}::jsonb) as v(id uuid, body text, reason text)
       where c.id = v.id`);
  }
  return { comments: comments.length };
}

/**
 * Deletes explicitly, child rows first, so each count is exact; the foreign keys would cascade
 * documents, shares, links and consent events with the candidate anyway. The deletes match by
 * identifier again rather than by the ids read earlier, so a row added meanwhile goes too.
 */
async function deleteRecords(tx: Transaction, records: SubjectRecords, idempotency: { scope: string; key: string }[]) {
  const { candidate, subscriber, email, phone } = records.identity;
  const count = async (query: Promise<unknown[]>) => (await query).length;
  const none = Promise.resolve([] as unknown[]);
  const candidateId = candidate?.id ?? null;

  const shares = await count(candidateId ? tx.delete(candidateShares).where(eq(candidateShares.candidateId, candidateId)).returning({ id: candidateShares.id }) : none);
  const documents = await count(candidateId ? tx.delete(candidateDocuments).where(eq(candidateDocuments.candidateId, candidateId)).returning({ id: candidateDocuments.id }) : none);
  const tokens = await count(candidateId ? tx.delete(selfServiceTokens).where(eq(selfServiceTokens.candidateId, candidateId)).returning({ id: selfServiceTokens.id }) : none);
  const consentWhere = anyOf(
    candidateId ? eq(consentEvents.candidateId, candidateId) : null,
    subscriber ? eq(consentEvents.subscriberId, subscriber.id) : null,
    email ? and(eq(consentEvents.subjectType, 'person'), eq(consentEvents.personEmail, email)) : null,
  );
  const consents = await count(consentWhere ? tx.delete(consentEvents).where(consentWhere).returning({ id: consentEvents.id }) : none);
  const candidateRows = await count(candidateId ? tx.delete(candidates).where(eq(candidates.id, candidateId)).returning({ id: candidates.id }) : none);
  const subscriberRows = await count(subscriber ? tx.delete(subscribers).where(eq(subscribers.id, subscriber.id)).returning({ id: subscribers.id }) : none);
  const inquiryWhere = anyOf(email ? eq(contactInquiries.email, email) : null, phone ? eq(contactInquiries.phone, phone) : null);
  const inquiries = await count(inquiryWhere ? tx.delete(contactInquiries).where(inquiryWhere).returning({ id: contactInquiries.id }) : none);
  const mailIds = records.emails.map((m) => m.id);
  const mailWhere = anyOf(email ? eq(emailOutbox.toAddress, email) : null, mailIds.length ? inArray(emailOutbox.id, mailIds) : null);
  const emails = await count(mailWhere ? tx.delete(emailOutbox).where(mailWhere).returning({ id: emailOutbox.id }) : none);
  const keyWhere = anyOf(...idempotency.map((k) => and(eq(idempotencyKeys.scope, k.scope), eq(idempotencyKeys.key, k.key))));
  const idempotencyRecords = await count(keyWhere ? tx.delete(idempotencyKeys).where(keyWhere).returning({ key: idempotencyKeys.key }) : none);

  return { candidate: candidateRows, documents, shares, selfServiceTokens: tokens, consentEvents: consents, subscriber: subscriberRows, inquiries, emails, idempotencyRecords };
}
