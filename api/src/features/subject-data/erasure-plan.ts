import type { Database, Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import { likePattern } from '../../shared/cursor.ts';
import { redactedName } from './redaction.ts';
import { otherPartyIsSubject, type SubjectRecords } from './subject-records.ts';

type Db = Database | Transaction;

/** What an erasure removes (deleted rows) and redacts (rows kept without the person), per area. */
export type ErasureCounts = {
  candidate: number;
  documents: number;
  shares: number;
  selfServiceTokens: number;
  consentEvents: number;
  subscriber: number;
  inquiries: number;
  emails: number;
  idempotencyRecords: number;
  callNotesRedacted: number;
  requestsRedacted: number;
  requestCommentsRedacted: number;
};

/** A client that received the candidate's CV and should hear that it must be deleted. */
export type CvRecipient = { recipient: string; caseReference: string; caseTitle: string; sharedAt: Date };

export type NoteRedaction = {
  id: string;
  candidate_id: string | null;
  other_party_name: string;
  other_party_phone: string | null;
  body: string;
  reason: string | null;
};

/** The CHECKs bound these texts; a redaction that grows one past its limit is cut there. */
const within = <T extends string | null>(text: T, max: number): T => (text === null ? text : (text.slice(0, max) as T));

/**
 * Call notes are REDACTED, never deleted: a note is the firm's record of a case it must keep,
 * and nothing in its structure tells whether it also concerns other people or facts of the case,
 * so no note can safely be called "only about this person". The link to the candidate goes, the
 * other party becomes "Slettet person" when it was this person (by phone, or their name or
 * email in the field), and every occurrence of their email, phone and name in the text becomes
 * "[slettet]". Retention deletes the notes later with their case.
 */
export function planNoteRedactions(records: SubjectRecords): NoteRedaction[] {
  const { identity, redactor } = records;
  return records.notes.map((note) => {
    const otherPartyIsThem = otherPartyIsSubject(note, records);
    return {
      id: note.id,
      candidate_id: identity.candidate && note.candidateId === identity.candidate.id ? null : note.candidateId,
      other_party_name: otherPartyIsThem ? redactedName : note.otherPartyName,
      other_party_phone: note.otherPartyPhone === identity.phone ? null : note.otherPartyPhone,
      body: within(redactor.redact(note.body), 10_000),
      reason: redactor.redact(note.sensitiveOverrideReason),
    };
  });
}

/**
 * Requests are KEPT as proof that the firm answered, without the requester: name "Slettet
 * person" (the CHECK requires one), no email or phone, no candidate link, and the person's
 * identifiers replaced in every text of the request and its comments.
 */
export function planRequestRedactions(records: SubjectRecords) {
  const { redactor } = records;
  const requests = records.requests.map((r) => ({
    id: r.id,
    extension_reason: redactor.redact(r.extensionReason),
    refusal_reason: redactor.redact(r.refusalReason),
    resolution: redactor.redact(r.resolution),
  }));
  const comments = records.comments
    .map((c) => ({ id: c.id, body: within(redactor.redact(c.body), 5_000), reason: redactor.redact(c.sensitiveOverrideReason), changed: redactor.mentions(c.body) || redactor.mentions(c.sensitiveOverrideReason) }))
    .filter((c) => c.changed)
    .map(({ changed: _changed, ...c }) => c);
  return { requests, comments };
}

/** Clients that received the CV, oldest first; read before anything is deleted. */
export const cvRecipientsOf = (records: SubjectRecords): CvRecipient[] =>
  records.shares.map((s) => ({ recipient: s.recipient, caseReference: s.caseReference, caseTitle: s.caseTitle, sharedAt: s.sharedAt }));

/**
 * Stored answers to retried mutations (Idempotency-Key) whose saved response names the person:
 * a cache, so they are deleted rather than redacted.
 */
export async function idempotencyKeysNaming(db: Db, records: SubjectRecords): Promise<{ scope: string; key: string }[]> {
  const { email, name } = records.identity;
  const { redactor } = records;
  const text = sql`${schema.idempotencyKeys.response}::text`;
  const filters = [
    email ? sql`${text} ilike ${likePattern(email)}` : null,
    name ? sql`${text} ilike ${likePattern(name.trim())}` : null,
    redactor.phoneDigits ? sql`regexp_replace(${text}, '[^0-9]', '', 'g') like ${likePattern(redactor.phoneDigits)}` : null,
  ].filter((f) => f !== null);
  if (!filters.length) return [];
  const rows = await db
    .select({ scope: schema.idempotencyKeys.scope, key: schema.idempotencyKeys.key, text: sql<string>`${text}` })
    .from(schema.idempotencyKeys)
    .where(sql.join(filters, sql` or `));
  return rows.filter((row) => redactor.mentions(row.text)).map(({ scope, key }) => ({ scope, key }));
}

/** The counts an erasure of these records will report (the dashboard's confirmation dialog). */
export function countErasure(records: SubjectRecords, idempotencyRecords: number): ErasureCounts {
  const { identity } = records;
  const { comments } = planRequestRedactions(records);
  return {
    candidate: identity.candidate ? 1 : 0,
    documents: records.documents.length,
    shares: records.shares.length,
    selfServiceTokens: records.tokens.length,
    consentEvents: records.consents.length,
    subscriber: identity.subscriber ? 1 : 0,
    inquiries: records.inquiries.length,
    emails: records.emails.length,
    idempotencyRecords,
    callNotesRedacted: records.notes.length,
    requestsRedacted: records.requests.length,
    requestCommentsRedacted: comments.length,
  };
}

/** True when nothing at all is held on the person. */
export const holdsNothing = (counts: ErasureCounts) => Object.values(counts).every((n) => n === 0);
