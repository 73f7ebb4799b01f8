import type { Database, Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { notFound } from '../../errors.ts';
import type { SubjectRef } from './subject-data.inputs.ts';
import { collectSubjectRecords, type SubjectRecords } from './subject-records.ts';

const { candidates, subscribers } = schema;

type Db = Database | Transaction;
export type CandidateRecord = typeof candidates.$inferSelect;
export type SubscriberRecord = typeof subscribers.$inferSelect;

/** Whose data: a candidate, an email (anyone the firm knows by it), or a newsletter subscriber. */
export type { SubjectRef };

/** The person's records that hold identifiers, and the identifiers themselves. */
export type SubjectIdentity = {
  candidate: CandidateRecord | null;
  subscriber: SubscriberRecord | null;
  /** Normalised (trimmed, lower case). */
  email: string | null;
  /** E.164, from the candidate record. */
  phone: string | null;
  /** From the candidate record; a person known only by email has no name here. */
  name: string | null;
};

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Finds the candidate and the subscriber behind a reference. The newsletter store is looked
 * up by email only, in a query of its own: it is never joined with candidates (§ Nyhetsbrev).
 * With `lock`, both rows are locked for the rest of the transaction (erasure).
 */
export async function identifySubject(db: Db, ref: SubjectRef, options: { lock?: boolean } = {}): Promise<SubjectIdentity> {
  const lock = options.lock ?? false;
  const candidateWhere = (where: ReturnType<typeof eq>) => {
    const query = db.select().from(candidates).where(where);
    return lock ? query.for('update') : query;
  };
  const subscriberWhere = (where: ReturnType<typeof eq>) => {
    const query = db.select().from(subscribers).where(where);
    return lock ? query.for('update') : query;
  };

  let candidate: CandidateRecord | null;
  let subscriber: SubscriberRecord | null = null;
  let email: string | null;
  if ('candidateId' in ref) {
    [candidate = null] = await candidateWhere(eq(candidates.id, ref.candidateId));
    if (!candidate) throw notFound('Candidate');
    email = candidate.email;
    if (email) [subscriber = null] = await subscriberWhere(eq(subscribers.email, email));
  } else if ('subscriberId' in ref) {
    [subscriber = null] = await subscriberWhere(eq(subscribers.id, ref.subscriberId));
    if (!subscriber) throw notFound('Subscriber');
    email = subscriber.email;
    [candidate = null] = await candidateWhere(eq(candidates.email, email));
  } else {
    email = normaliseEmail(ref.email);
    const [foundCandidates, foundSubscribers] = await Promise.all([candidateWhere(eq(candidates.email, email)), subscriberWhere(eq(subscribers.email, email))]);
    candidate = foundCandidates[0] ?? null;
    subscriber = foundSubscribers[0] ?? null;
  }
  return { candidate, subscriber, email, phone: candidate?.phone ?? null, name: candidate?.fullName ?? null };
}

/** The record an audit entry names for this person: the candidate, else the subscriber, else the email. */
export function auditSubjectOf(identity: SubjectIdentity): { type: string; id: string } | null {
  if (identity.candidate) return { type: 'candidate', id: identity.candidate.id };
  if (identity.subscriber) return { type: 'subscriber', id: identity.subscriber.id };
  if (identity.email) return { type: 'person', id: identity.email };
  return null;
}

/**
 * Everything that identifies the person or is about them, across every area: the records
 * themselves (candidate, subscriber), consent events, call notes, inquiries, requests,
 * documents, shares, self-service links, mail and the audit entries that name them by pseudonym.
 */
export async function resolveSubject(
  db: Db,
  secretKey: Buffer,
  ref: SubjectRef,
  options: { lock?: boolean; documentContent?: boolean } = {},
): Promise<SubjectRecords> {
  const identity = await identifySubject(db, ref, { lock: options.lock ?? false });
  return collectSubjectRecords(db, secretKey, identity, { documentContent: options.documentContent ?? false });
}
