import type { Database, Transaction } from '@pvr/db';
import { prebuiltQuery, prebuiltQueryByShape, schema } from '@pvr/db';
import { and, asc, eq, getTableColumns, ilike, or, sql, type SQL } from '@pvr/db/orm';
import { pseudonymOf } from '../../audit/pseudonym.ts';
import { likePattern } from '../../shared/cursor.ts';
import { createRedactor } from './redaction.ts';
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
const given = (name: string) => sql.placeholder(name);

/*
 * The areas' reads are built once per shape (which of the person's identifiers are known) and
 * run with the identifiers as parameters (prebuiltQuery): drizzle building these ten queries from
 * scratch was a sixth of an export's CPU (bench/README.md, eighth round).
 */
type Known = { candidate: boolean; subscriber: boolean; email: boolean; phone: boolean; name: boolean; digits: boolean };
type Identifier = keyof Known;
type AreaBuilder<K extends Identifier, R> = Parameters<typeof prebuiltQueryByShape<Pick<Known, K>, R>>[0];

/**
 * The read of one area, matching on the identifiers in `matchesOn`: built once per combination
 * of those that are known, and not sent at all when none is (its WHERE would then be `false`).
 */
function areaRead<K extends Identifier, R>(matchesOn: readonly K[], build: AreaBuilder<K, R>) {
  const read = prebuiltQueryByShape(build);
  return (db: Db, known: Known, values: Record<string, unknown>): Promise<R> | [] => {
    if (!matchesOn.some((identifier) => known[identifier])) return [];
    const shape = Object.fromEntries(matchesOn.map((identifier) => [identifier, known[identifier]])) as Pick<Known, K>;
    return read(db, shape, values);
  };
}

const documentsOf = prebuiltQueryByShape((db, withContent: boolean) =>
  db
    .select(withContent ? getTableColumns(candidateDocuments) : documentColumns)
    .from(candidateDocuments)
    .where(eq(candidateDocuments.candidateId, given('candidateId')))
    .orderBy(asc(candidateDocuments.version)),
);

const consentsOf = areaRead(['candidate', 'subscriber', 'email'], (db, known) =>
  db
    .select({ ...getTableColumns(consentEvents), caseReference: cases.reference })
    .from(consentEvents)
    .leftJoin(cases, eq(cases.id, consentEvents.caseId))
    .where(
      matchingAny(
        known.candidate ? eq(consentEvents.candidateId, given('candidateId')) : null,
        known.subscriber ? eq(consentEvents.subscriberId, given('subscriberId')) : null,
        known.email ? and(eq(consentEvents.subjectType, 'person'), eq(consentEvents.personEmail, given('email'))) : null,
      ),
    )
    .orderBy(asc(consentEvents.occurredAt), asc(consentEvents.recordedAt), asc(consentEvents.id)),
);

const sharesOf = areaRead(['candidate'], (db) =>
  db
    .select({ ...getTableColumns(candidateShares), ...caseColumns, clientName: cases.clientName })
    .from(candidateShares)
    .innerJoin(cases, eq(cases.id, candidateShares.caseId))
    .where(eq(candidateShares.candidateId, given('candidateId')))
    .orderBy(asc(candidateShares.sharedAt), asc(candidateShares.id)),
);

const inquiriesOf = areaRead(['email', 'phone'], (db, known) =>
  db
    .select()
    .from(contactInquiries)
    .where(matchingAny(known.email ? eq(contactInquiries.email, given('email')) : null, known.phone ? eq(contactInquiries.phone, given('phone')) : null))
    .orderBy(asc(contactInquiries.receivedAt), asc(contactInquiries.id)),
);

const requestsOf = areaRead(['candidate', 'email', 'phone'], (db, known) =>
  db
    .select()
    .from(dataSubjectRequests)
    .where(
      matchingAny(
        known.candidate ? eq(dataSubjectRequests.candidateId, given('candidateId')) : null,
        known.email ? eq(dataSubjectRequests.requesterEmail, given('email')) : null,
        known.phone ? eq(dataSubjectRequests.requesterPhone, given('phone')) : null,
      ),
    )
    .orderBy(asc(dataSubjectRequests.receivedOn), asc(dataSubjectRequests.id)),
);

const tokensOf = areaRead(['candidate'], (db) =>
  db.select(tokenColumns).from(selfServiceTokens).where(eq(selfServiceTokens.candidateId, given('candidateId'))).orderBy(asc(selfServiceTokens.createdAt)),
);

const commentsOf = prebuiltQuery((db) =>
  db
    .select()
    .from(requestComments)
    .where(sql`${requestComments.requestId} = any(${given('requestIds')}::uuid[])`)
    .orderBy(asc(requestComments.createdAt), asc(requestComments.id)),
);

const auditEntriesOf = prebuiltQuery((db) =>
  db
    .select({ id: auditLog.id, occurredAt: auditLog.occurredAt, action: auditLog.action, actorRole: auditLog.actorRole, entityType: auditLog.entityType })
    .from(auditLog)
    .where(sql`${auditLog.subjectPseudonym} = any(${given('pseudonyms')}::text[])`)
    .orderBy(asc(auditLog.seq)),
);

/** Every record that holds or concerns the person, one query per area. */
export async function collectSubjectRecords(db: Db, secretKey: Buffer, identity: SubjectIdentity, options: { documentContent: boolean }) {
  const { candidate, subscriber, email, phone, name } = identity;
  const candidateId = candidate?.id ?? null;
  const full = createRedactor({ email, phone, name });
  const unique = createRedactor({ email, phone, name: null });

  const known: Known = {
    candidate: Boolean(candidateId),
    subscriber: Boolean(subscriber),
    email: Boolean(email),
    phone: Boolean(phone),
    name: Boolean(name),
    // The digits of the phone number (the same for both redactors: they differ only in the name).
    digits: Boolean(full.phoneDigits),
  };
  const values = {
    candidateId,
    subscriberId: subscriber?.id ?? null,
    email,
    phone,
    emailPattern: email ? likePattern(email) : null,
    namePattern: name ? likePattern(name.trim().replace(/\s+/gu, ' ')) : null,
    mailNamePattern: name ? likePattern(name.trim()) : null,
    digitsPattern: full.phoneDigits ? likePattern(full.phoneDigits) : null,
  };

  // The areas are independent: their statements go out together, pipelined on one
  // connection (one round trip, not ten); only comments and audit entries wait for what
  // they hang on.
  const [documents, consents, shares, callNoteRows, inquiries, requests, tokens, emailRows] = await Promise.all([
    known.candidate ? documentsOf(db, options.documentContent, values) : [],
    consentsOf(db, known, values),
    sharesOf(db, known, values),
    callNotesOf(db, known, values),
    inquiriesOf(db, known, values),
    requestsOf(db, known, values),
    tokensOf(db, known, values),
    emailsOf(db, known, values),
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
    requests.length ? commentsOf(db, { requestIds: requests.map((r) => r.id) }) : [],
    pseudonyms.length ? auditEntriesOf(db, { pseudonyms }) : [],
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

/** anyOf for a read's WHERE: with no identifier known it matches no row, never every row. */
const matchingAny = (...conditions: (SQL | null | undefined)[]): SQL => anyOf(...conditions) ?? sql`false`;

/** Digits only, for a coarse pre-filter on phone numbers written with spaces or a country code. */
const digitsOf = (text: SQL) => sql`regexp_replace(${text}, '[^0-9]', '', 'g')`;

/**
 * Candidate notes by column; the exact decision is made in JS with the redactor's patterns. Each
 * condition has the form of an index (migrations 0012–0013: trigram indexes on the note text and
 * on its digits_only(), the other party's name and phone), so the notes are found by a bitmap of
 * index scans, not by reading every note. The two free-text columns are matched one by one, as
 * the JS decides.
 */
const callNotesOf = areaRead(['candidate', 'phone', 'name', 'email', 'digits'], (db, known) => {
  const texts = [callNotes.body, callNotes.sensitiveOverrideReason];
  return db
    .select({ ...getTableColumns(callNotes), ...caseColumns })
    .from(callNotes)
    .innerJoin(cases, eq(cases.id, callNotes.caseId))
    .where(
      matchingAny(
        known.candidate ? eq(callNotes.candidateId, given('candidateId')) : null,
        known.phone ? eq(callNotes.otherPartyPhone, given('phone')) : null,
        known.name ? ilike(callNotes.otherPartyName, given('namePattern')) : null,
        ...(known.email ? texts.map((text) => ilike(text, given('emailPattern'))) : []),
        ...(known.digits ? texts.map((text) => sql`digits_only(${text}) like ${given('digitsPattern')}`) : []),
      ),
    )
    .orderBy(asc(callNotes.occurredAt), asc(callNotes.id));
});

/** Mail to the person, and mail to anyone else that names them (e.g. a notice to a partner). */
const emailsOf = areaRead(['email', 'name', 'digits'], (db, known) => {
  const text = sql`concat_ws(' ', ${emailOutbox.subject}, ${emailOutbox.textBody}, ${emailOutbox.htmlBody})`;
  const { headers: _headers, ...columns } = getTableColumns(emailOutbox);
  return db
    .select(columns)
    .from(emailOutbox)
    .where(
      matchingAny(
        known.email ? eq(emailOutbox.toAddress, given('email')) : null,
        known.email ? sql`${text} ilike ${given('emailPattern')}` : null,
        known.name ? sql`${text} ilike ${given('mailNamePattern')}` : null,
        known.digits ? sql`${digitsOf(text)} like ${given('digitsPattern')}` : null,
      ),
    )
    .orderBy(asc(emailOutbox.createdAt), asc(emailOutbox.id));
});
