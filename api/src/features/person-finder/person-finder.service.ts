import type { Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import { and, asc, desc, eq, inArray, or, sql, type Column, type SQL } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import type { RequestContext } from '../../context.ts';
import { likePattern } from '../../shared/cursor.ts';
import { parseInput } from '../../validation.ts';
import { findPersonInput, type PersonQuery } from './person-finder.inputs.ts';

const { candidates, consentEvents, callNotes, cases, subscribers, contactInquiries, dataSubjectRequests: requests } = schema;

export type PersonArea = 'candidate' | 'consent_event' | 'call_note' | 'subscriber' | 'contact_inquiry' | 'data_subject_request';
export type MatchedBy = 'email' | 'phone' | 'name' | 'mention' | 'linked_candidate';
export type PersonMatchRow = {
  area: PersonArea;
  recordId: string;
  label: string;
  matchedBy: MatchedBy;
  candidateId: string | null;
  subscriberId: string | null;
  caseId: string | null;
};

/** Each area answers with at most this many records: the search stays one bounded statement per area. */
export const matchesPerArea = 50;

// Norwegian letters typed the ASCII way: æ → ae, ø → o, å → aa; common accents dropped. Capitals
// are lowered by translate() first, because lower() leaves non-ASCII alone under the C locale.
const capitals = 'ÆØÅÄÖÜÉÈÊËÁÀÂÓÒÔÚÙÛÍÌÎÏÇÑ';
const smalls = 'æøåäöüéèêëáàâóòôúùûíìîïçñ';
const accented = 'äöüéèêëáàâóòôúùûíìîïçñ';
const plain = 'aoueeeeaaaooouuuiiiicn';
const fold = (value: SQL | Column) =>
  sql`replace(replace(replace(translate(lower(translate(${value}, '${sql.raw(capitals)}', '${sql.raw(smalls)}')), '${sql.raw(accented)}', '${sql.raw(plain)}'), 'æ', 'ae'), 'ø', 'o'), 'å', 'aa')`;

/** Digits written with spaces, dots or dashes between them ("912 34 567") joined up, so a number can be found in text. */
const compactDigits = (value: Column) => sql`regexp_replace(${value}, '([0-9])[ .-]+(?=[0-9])', '\\1', 'g')`;

type Check = [SQL, MatchedBy];

/** Checks on a record's own name, email and phone columns, for the kind of query typed. */
function ownChecks(q: PersonQuery, columns: { name?: Column; email?: Column; phone?: Column }): Check[] {
  if (q.kind === 'email' && columns.email) return [[eq(columns.email, q.email), 'email']];
  if (q.kind === 'phone' && columns.phone && q.numbers.length) return [[inArray(columns.phone, q.numbers), 'phone']];
  if (q.kind === 'name' && columns.name) return [[sql`${fold(columns.name)} like ${fold(sql`${likePattern(q.text)}`)}`, 'name']];
  return [];
}

/** Free text that mentions the person: the name, the phone number in any spacing, or the email. */
function mentionCheck(q: PersonQuery, text: Column): Check {
  if (q.kind === 'email') return [sql`lower(${text}) like ${likePattern(q.email)}`, 'mention'];
  if (q.kind === 'phone') return [sql`${compactDigits(text)} ~ ${q.mention}`, 'mention'];
  return [sql`${fold(text)} like ${fold(sql`${likePattern(q.text)}`)}`, 'mention'];
}

/** Records linked to a candidate who matches: a subquery in the same statement. */
function linkedCandidateCheck(tx: Transaction, q: PersonQuery, candidateId: Column): Check[] {
  const own = ownChecks(q, { name: candidates.fullName, email: candidates.email, phone: candidates.phone });
  if (!own.length) return [];
  const matching = tx.select({ id: candidates.id }).from(candidates).where(or(...own.map(([c]) => c)));
  return [[inArray(candidateId, matching), 'linked_candidate']];
}

/** WHERE any check holds, and which one did (the first, in the order given). */
function matching(checks: Check[]) {
  const whens = checks.map(([condition, tag]) => sql`when ${condition} then '${sql.raw(tag)}'`);
  return { where: or(...checks.map(([c]) => c)), matchedBy: sql<MatchedBy>`case ${sql.join(whens, sql` `)} end` };
}

const osloDay = (column: Column) => sql`to_char(${column} at time zone 'Europe/Oslo', 'YYYY-MM-DD')`;
const none = { candidateId: null, subscriberId: null, caseId: null };

async function findCandidates(tx: Transaction, q: PersonQuery): Promise<PersonMatchRow[]> {
  const checks = ownChecks(q, { name: candidates.fullName, email: candidates.email, phone: candidates.phone });
  if (!checks.length) return [];
  const m = matching(checks);
  const rows = await tx
    .select({ recordId: candidates.id, label: candidates.fullName, matchedBy: m.matchedBy })
    .from(candidates)
    .where(m.where)
    .orderBy(asc(candidates.fullName), asc(candidates.id))
    .limit(matchesPerArea);
  return rows.map((r) => ({ ...r, ...none, area: 'candidate', candidateId: r.recordId }));
}

/** Consent of "another person" (neither candidate nor subscriber), by the email or name recorded with it. */
async function findConsentEvents(tx: Transaction, q: PersonQuery): Promise<PersonMatchRow[]> {
  const checks = ownChecks(q, { name: consentEvents.personName, email: consentEvents.personEmail });
  if (!checks.length) return [];
  const m = matching(checks);
  const rows = await tx
    .select({
      recordId: consentEvents.id,
      label: sql<string>`${consentEvents.purpose} || ' · ' || ${consentEvents.action} || ' · ' || ${osloDay(consentEvents.occurredAt)}`,
      matchedBy: m.matchedBy,
    })
    .from(consentEvents)
    .where(and(eq(consentEvents.subjectType, 'person'), m.where))
    .orderBy(desc(consentEvents.occurredAt), desc(consentEvents.id))
    .limit(matchesPerArea);
  return rows.map((r) => ({ ...r, ...none, area: 'consent_event' }));
}

async function findCallNotes(tx: Transaction, q: PersonQuery): Promise<PersonMatchRow[]> {
  const checks = [
    ...ownChecks(q, { name: callNotes.otherPartyName, phone: callNotes.otherPartyPhone }),
    ...linkedCandidateCheck(tx, q, callNotes.candidateId),
    mentionCheck(q, callNotes.body),
  ];
  const m = matching(checks);
  const rows = await tx
    .select({
      recordId: callNotes.id,
      label: sql<string>`${cases.reference} || ' · ' || ${osloDay(callNotes.occurredAt)}`,
      matchedBy: m.matchedBy,
      candidateId: callNotes.candidateId,
      caseId: callNotes.caseId,
    })
    .from(callNotes)
    .innerJoin(cases, eq(cases.id, callNotes.caseId))
    .where(m.where)
    .orderBy(desc(callNotes.occurredAt), desc(callNotes.id))
    .limit(matchesPerArea);
  return rows.map((r) => ({ ...r, subscriberId: null, area: 'call_note' }));
}

/** The newsletter's own store, searched on its own and never joined with candidates (§ Nyhetsbrev). */
async function findSubscribers(tx: Transaction, q: PersonQuery): Promise<PersonMatchRow[]> {
  const checks = ownChecks(q, { email: subscribers.email });
  if (!checks.length) return [];
  const m = matching(checks);
  const rows = await tx
    .select({ recordId: subscribers.id, label: sql<string>`'newsletter · ' || ${subscribers.status}`, matchedBy: m.matchedBy })
    .from(subscribers)
    .where(m.where)
    .orderBy(desc(subscribers.createdAt), desc(subscribers.id))
    .limit(matchesPerArea);
  return rows.map((r) => ({ ...r, ...none, area: 'subscriber', subscriberId: r.recordId }));
}

async function findInquiries(tx: Transaction, q: PersonQuery): Promise<PersonMatchRow[]> {
  const m = matching(ownChecks(q, { name: contactInquiries.name, email: contactInquiries.email, phone: contactInquiries.phone }));
  if (!m.where) return [];
  const rows = await tx
    .select({ recordId: contactInquiries.id, label: sql<string>`'inquiry · ' || ${osloDay(contactInquiries.receivedAt)}`, matchedBy: m.matchedBy })
    .from(contactInquiries)
    .where(m.where)
    .orderBy(desc(contactInquiries.receivedAt), desc(contactInquiries.id))
    .limit(matchesPerArea);
  return rows.map((r) => ({ ...r, ...none, area: 'contact_inquiry' }));
}

async function findRequests(tx: Transaction, q: PersonQuery): Promise<PersonMatchRow[]> {
  const m = matching([
    ...ownChecks(q, { name: requests.requesterName, email: requests.requesterEmail, phone: requests.requesterPhone }),
    ...linkedCandidateCheck(tx, q, requests.candidateId),
  ]);
  if (!m.where) return [];
  const rows = await tx
    .select({
      recordId: requests.id,
      label: sql<string>`${requests.kind} || ' · ' || to_char(${requests.receivedOn}, 'YYYY-MM-DD')`,
      matchedBy: m.matchedBy,
      candidateId: requests.candidateId,
    })
    .from(requests)
    .where(m.where)
    .orderBy(desc(requests.receivedOn), desc(requests.id))
    .limit(matchesPerArea);
  return rows.map((r) => ({ ...r, subscriberId: null, caseId: null, area: 'data_subject_request' }));
}

const areas = [findCandidates, findConsentEvents, findCallNotes, findSubscribers, findInquiries, findRequests];

/**
 * Everything held on one person, by email, phone or name: one bounded statement per area.
 * The audit entry holds the kind of search and the counts, never what was typed.
 */
export async function findPerson(ctx: RequestContext, rawArgs: unknown): Promise<PersonMatchRow[]> {
  const q = parseInput(findPersonInput, rawArgs);
  return ctx.db.transaction(async (tx) => {
    const found: PersonMatchRow[] = [];
    for (const search of areas) found.push(...(await search(tx, q)));
    const counts: Record<string, number> = {};
    for (const match of found) counts[match.area] = (counts[match.area] ?? 0) + 1;
    await writeAudit(tx, ctx, { action: 'person.find', entityType: 'person_search', details: { queryKind: q.kind, counts, total: found.length } });
    return found;
  });
}
