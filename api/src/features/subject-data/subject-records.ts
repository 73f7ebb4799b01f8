import type { Database, Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import { and, asc, eq, getTableColumns, ilike, inArray, or, sql, type SQL } from '@pvr/db/orm';
import { pseudonymOf } from '../../audit/pseudonym.ts';
import { likePattern } from '../../shared/cursor.ts';
import { createRedactor, type Redactor } from './redaction.ts';
import type { SubjectIdentity } from './subject.ts';

const {
  auditLog,
  callNotes,
  candidateDocuments,
  candidateShares,
  cases,
  consentEvents,
  contactInquiries,
  dataSubjectRequests,
  emailOutbox,
  requestComments,
  selfServiceTokens,
} = schema;

type Db = Database | Transaction;

const { content: _content, ...documentColumns } = getTableColumns(candidateDocuments);
const { tokenHash: _tokenHash, ...tokenColumns } = getTableColumns(selfServiceTokens);
const caseColumns = { caseReference: cases.reference, caseTitle: cases.title };

/** Every record that holds or concerns the person, one query per area. */
export async function collectSubjectRecords(db: Db, secretKey: Buffer, identity: SubjectIdentity, options: { documentContent: boolean }) {
  const { candidate, subscriber, email, phone, name } = identity;
  const candidateId = candidate?.id ?? null;
  const full = createRedactor({ email, phone, name });
  const unique = createRedactor({ email, phone, name: null });

  // The areas are independent: their statements go out together, pipelined on one
  // connection (one round trip, not ten); only comments and audit entries wait for what
  // they hang on.
  const documentsRead = candidateId
    ? db
        .select(options.documentContent ? getTableColumns(candidateDocuments) : documentColumns)
        .from(candidateDocuments)
        .where(eq(candidateDocuments.candidateId, candidateId))
        .orderBy(asc(candidateDocuments.version))
    : [];

  const consentWhere = anyOf(
    candidateId ? eq(consentEvents.candidateId, candidateId) : null,
    subscriber ? eq(consentEvents.subscriberId, subscriber.id) : null,
    email ? and(eq(consentEvents.subjectType, 'person'), eq(consentEvents.personEmail, email)) : null,
  );
  const consentsRead = consentWhere
    ? db
        .select({ ...getTableColumns(consentEvents), caseReference: cases.reference })
        .from(consentEvents)
        .leftJoin(cases, eq(cases.id, consentEvents.caseId))
        .where(consentWhere)
        .orderBy(asc(consentEvents.occurredAt), asc(consentEvents.recordedAt), asc(consentEvents.id))
    : [];

  const sharesRead = candidateId
    ? db
        .select({ ...getTableColumns(candidateShares), ...caseColumns, clientName: cases.clientName })
        .from(candidateShares)
        .innerJoin(cases, eq(cases.id, candidateShares.caseId))
        .where(eq(candidateShares.candidateId, candidateId))
        .orderBy(asc(candidateShares.sharedAt), asc(candidateShares.id))
    : [];

  const callNoteRowsRead = selectCallNotes(db, identity, unique);

  const inquiryWhere = anyOf(email ? eq(contactInquiries.email, email) : null, phone ? eq(contactInquiries.phone, phone) : null);
  const inquiriesRead = inquiryWhere
    ? db.select().from(contactInquiries).where(inquiryWhere).orderBy(asc(contactInquiries.receivedAt), asc(contactInquiries.id))
    : [];

  const requestWhere = anyOf(
    candidateId ? eq(dataSubjectRequests.candidateId, candidateId) : null,
    email ? eq(dataSubjectRequests.requesterEmail, email) : null,
    phone ? eq(dataSubjectRequests.requesterPhone, phone) : null,
  );
  const requestsRead = requestWhere
    ? db.select().from(dataSubjectRequests).where(requestWhere).orderBy(asc(dataSubjectRequests.receivedOn), asc(dataSubjectRequests.id))
    : [];

  const tokensRead = candidateId
    ? db.select(tokenColumns).from(selfServiceTokens).where(eq(selfServiceTokens.candidateId, candidateId)).orderBy(asc(selfServiceTokens.createdAt))
    : [];

  const emailRowsRead = selectEmails(db, identity, full);
  const [documents, consents, shares, callNoteRows, inquiries, requests, tokens, emailRows] = await Promise.all([
    documentsRead,
    consentsRead,
    sharesRead,
    callNoteRowsRead,
    inquiriesRead,
    requestsRead,
    tokensRead,
    emailRowsRead,
  ]);
  const emails = emailRows.filter((mail) => mail.toAddress === email || [mail.subject, mail.textBody, mail.htmlBody].some((text) => full.mentions(text)));

  // A note concerns the person when it is linked to them, or its other party is them, or its
  // text names their email or phone. A name alone in the text of someone else's call is not
  // enough to claim the note (names are not unique); such notes are left alone.
  const notes = callNoteRows.filter(
    (note) =>
      (candidateId !== null && note.candidateId === candidateId) ||
      (phone !== null && note.otherPartyPhone === phone) ||
      full.mentions(note.otherPartyName) ||
      unique.mentions(note.body) ||
      unique.mentions(note.sensitiveOverrideReason),
  );

  const pseudonyms = [
    candidateId ? pseudonymOf(secretKey, 'candidate', candidateId) : null,
    subscriber ? pseudonymOf(secretKey, 'subscriber', subscriber.id) : null,
    email ? pseudonymOf(secretKey, 'person', email) : null,
    // Notes without a candidate are audited under the note: those whose other party is this person.
    ...notes
      .filter((n) => !n.candidateId && ((phone !== null && n.otherPartyPhone === phone) || full.mentions(n.otherPartyName)))
      .map((n) => pseudonymOf(secretKey, 'call_note', n.id)),
  ].filter((p): p is string => p !== null);
  const [comments, auditEntries] = await Promise.all([
    requests.length
      ? db
          .select()
          .from(requestComments)
          .where(inArray(requestComments.requestId, requests.map((r) => r.id)))
          .orderBy(asc(requestComments.createdAt), asc(requestComments.id))
      : [],
    pseudonyms.length
      ? db
          .select({ id: auditLog.id, occurredAt: auditLog.occurredAt, action: auditLog.action, actorRole: auditLog.actorRole, entityType: auditLog.entityType })
          .from(auditLog)
          .where(inArray(auditLog.subjectPseudonym, pseudonyms))
          .orderBy(asc(auditLog.seq))
      : [],
  ]);

  return { identity, documents, consents, shares, notes, inquiries, requests, comments, tokens, emails, auditEntries, redactor: full };
}

export type SubjectRecords = Awaited<ReturnType<typeof collectSubjectRecords>>;

/** Whether a note's other party is the person: their phone, or their name or email in the name field. */
export function otherPartyIsSubject(note: { otherPartyName: string; otherPartyPhone: string | null }, records: Pick<SubjectRecords, 'identity' | 'redactor'>): boolean {
  const { phone } = records.identity;
  return (phone !== null && note.otherPartyPhone === phone) || records.redactor.mentions(note.otherPartyName);
}

export function anyOf(...conditions: (SQL | null | undefined)[]): SQL | null {
  const present = conditions.filter((c): c is SQL => Boolean(c));
  return present.length ? (or(...present) as SQL) : null;
}

/** Digits only, for a coarse pre-filter on phone numbers written with spaces or a country code. */
const digitsOf = (text: SQL) => sql`regexp_replace(${text}, '[^0-9]', '', 'g')`;

/**
 * Candidate notes by column; the exact decision is made in JS with the redactor's patterns. Each
 * condition has the form of an index (migrations 0012–0013: trigram indexes on the note text and
 * on its digits_only(), the other party's name and phone), so the notes are found by a bitmap of
 * index scans, not by reading every note. The two free-text columns are matched one by one, as
 * the JS decides.
 */
async function selectCallNotes(db: Db, identity: SubjectIdentity, unique: Redactor) {
  const { candidate, email, phone, name } = identity;
  const texts = [callNotes.body, callNotes.sensitiveOverrideReason];
  const digits = unique.phoneDigits;
  const where = anyOf(
    candidate ? eq(callNotes.candidateId, candidate.id) : null,
    phone ? eq(callNotes.otherPartyPhone, phone) : null,
    name ? ilike(callNotes.otherPartyName, likePattern(name.trim().replace(/\s+/gu, ' '))) : null,
    ...(email ? texts.map((text) => ilike(text, likePattern(email))) : []),
    ...(digits ? texts.map((text) => sql`digits_only(${text}) like ${likePattern(digits)}`) : []),
  );
  if (!where) return [];
  return db
    .select({ ...getTableColumns(callNotes), ...caseColumns })
    .from(callNotes)
    .innerJoin(cases, eq(cases.id, callNotes.caseId))
    .where(where)
    .orderBy(asc(callNotes.occurredAt), asc(callNotes.id));
}

/** Mail to the person, and mail to anyone else that names them (e.g. a notice to a partner). */
async function selectEmails(db: Db, identity: SubjectIdentity, full: Redactor) {
  const { email, name } = identity;
  const text = sql`concat_ws(' ', ${emailOutbox.subject}, ${emailOutbox.textBody}, ${emailOutbox.htmlBody})`;
  const where = anyOf(
    email ? eq(emailOutbox.toAddress, email) : null,
    email ? sql`${text} ilike ${likePattern(email)}` : null,
    name ? sql`${text} ilike ${likePattern(name.trim())}` : null,
    full.phoneDigits ? sql`${digitsOf(text)} like ${likePattern(full.phoneDigits)}` : null,
  );
  if (!where) return [];
  const { headers: _headers, ...columns } = getTableColumns(emailOutbox);
  return db.select(columns).from(emailOutbox).where(where).orderBy(asc(emailOutbox.createdAt), asc(emailOutbox.id));
}
