import { anchor, type Sizes } from './config.ts';
import { candidateCreatedAt, userOf, userRanges } from './people-sql.ts';
import { literal, type Random } from './sql-helpers.ts';
import { caseTitles, clientKinds, clientWords, firstNames, lastNames, noteClosings, noteMiddles, noteOpenings, roles, skills, towns } from './vocabulary.ts';

const at = literal(anchor);
export const subscriberCreatedAt = (r: Random, n: string) => `(${at}::timestamptz - make_interval(secs => ${r.unit(n, 31)} * 126144000))`;
const caseOpenedAt = (r: Random, n: string) => `(${at}::timestamptz - make_interval(secs => ${r.unit(n, 51)} * 126144000))`;
const caseIsClosed = (r: Random, n: string) => `(${r.unit(n, 52)} < 0.3)`;
/** A closed case ended somewhere between opening and the anchor; an open one runs to the anchor. */
const caseEndsAt = (r: Random, n: string) =>
  `(case when ${caseIsClosed(r, n)} then ${caseOpenedAt(r, n)} + (${at}::timestamptz - ${caseOpenedAt(r, n)}) * ${r.unit(n, 53)} else ${at}::timestamptz end)`;

export function casesSql(r: Random, sizes: Sizes): string {
  return `INSERT INTO cases (id, reference, title, client_name, responsible_partner_id, status, opened_at, closed_at, created_at)
SELECT ${r.uuid('case', 'n')}, 'B-' || lpad(n::text, 6, '0'),
  ${r.pick(caseTitles, 'n', 54)} || ' ' || ${r.pick(roles, 'n', 55)},
  ${r.pick(clientWords, 'n', 56)} || lower(${r.pick(clientWords, 'n', 57)}) || ' ' || ${r.pick(clientKinds, 'n', 58)},
  ${userOf(r, userRanges.partner, 'n', 59)},
  case when ${caseIsClosed(r, 'n')} then 'closed' else 'open' end,
  ${caseOpenedAt(r, 'n')},
  case when ${caseIsClosed(r, 'n')} then ${caseEndsAt(r, 'n')} end,
  ${caseOpenedAt(r, 'n')}
FROM generate_series(1, ${sizes.cases}) AS n`;
}

/** Three staff members per case, at distinct offsets so no pair repeats. */
export function caseMembersSql(r: Random, sizes: Sizes): string {
  const { from, count } = userRanges.staff;
  return `INSERT INTO case_members (case_id, user_id, created_at)
SELECT ${r.uuid('case', 'n')}, ${r.uuid('u', `${from} + ((n * 7 + m * 11) % ${count})`)}, ${caseOpenedAt(r, 'n')}
FROM generate_series(1, ${sizes.cases}) AS n CROSS JOIN generate_series(0, 2) AS m`;
}

const purposeWeights = ['candidate_registry', 'candidate_registry', 'candidate_registry', 'share_with_client', 'share_with_client', 'share_with_client', 'web_analytics', 'web_analytics', 'advertising', 'advertising'];
const methods = ['web_form', 'email', 'phone', 'in_person'];

/** About 10 events per candidate; one in 250 has 200–450 (the long tail of a busy profile). */
export function candidateConsentsSql(r: Random, sizes: Sizes): string {
  const created = candidateCreatedAt(r, 'n');
  const staffOrPartner = { from: userRanges.partner.from, count: userRanges.partner.count + userRanges.staff.count };
  return `INSERT INTO consent_events (id, subject_type, candidate_id, purpose, case_id, action, occurred_at, recorded_at, method,
  evidence_form, evidence_statement_version, evidence_ip_anonymised, recorded_by)
SELECT ${r.uuid('e', 'k')}, 'candidate', ${r.uuid('c', 'n')}, p.purpose,
  case when p.purpose = 'share_with_client' then ${r.uuid('case', r.int('k', 48, 1, sizes.cases))} end,
  case when j = 1 or ${r.unit('k', 42)} < 0.65 then 'granted' else 'withdrawn' end,
  o.at, o.at + make_interval(secs => ${r.unit('k', 43)} * 3600), m.method,
  case when m.method = 'web_form' then 'kandidatskjema-v3' end, '2021-10-29',
  case when m.method = 'web_form' then format('%s.%s.%s.0', ${r.int('k', 44, 80, 100)}, ${r.int('k', 45, 0, 256)}, ${r.int('k', 46, 0, 256)}) end,
  case when m.method <> 'web_form' then ${userOf(r, staffOrPartner, 'k', 49)} end
FROM generate_series(1, ${sizes.candidates}) AS n
CROSS JOIN LATERAL (SELECT case when ${r.unit('n', 20)} < 0.004 then ${r.int('n', 21, 200, 250)} else ${r.int('n', 22, 1, 16)} end AS total) t
CROSS JOIN LATERAL generate_series(1, t.total) AS j
CROSS JOIN LATERAL (SELECT n::bigint * 1000 + j AS k) key
CROSS JOIN LATERAL (SELECT case when j = 1 then 'candidate_registry' else ${r.pick(purposeWeights, 'k', 40)} end AS purpose) p
CROSS JOIN LATERAL (SELECT case when j = 1 then 'web_form' else ${r.pick(methods, 'k', 41)} end AS method) m
CROSS JOIN LATERAL (SELECT ${created} + (${at}::timestamptz - ${created}) * ((j - 1 + ${r.unit('k', 47)}) / t.total) AS at) o`;
}

/** Each confirmed subscriber's newsletter consent (double opt-in: granted when confirmed). */
export function subscriberConsentsSql(r: Random, sizes: Sizes): string {
  return `INSERT INTO consent_events (id, subject_type, subscriber_id, purpose, action, occurred_at, recorded_at, method, evidence_form, evidence_statement_version, evidence_ip_anonymised)
SELECT ${r.uuid('se', 'n')}, 'subscriber', ${r.uuid('s', 'n')}, 'newsletter', 'granted',
  ${subscriberCreatedAt(r, 'n')} + interval '2 hours', ${subscriberCreatedAt(r, 'n')} + interval '2 hours', 'web_form', 'nyhetsbrev-v2', '2021-10-29',
  format('%s.%s.%s.0', ${r.int('n', 34, 80, 100)}, ${r.int('n', 35, 0, 256)}, ${r.int('n', 36, 0, 256)})
FROM generate_series(1, ${sizes.subscribers}) AS n
WHERE ${r.unit('n', 32)} < 0.9`;
}

/** Notes spread over the cases' lifetimes, 70 % about a candidate, in varied Norwegian text. */
export function callNotesSql(r: Random, sizes: Sizes): string {
  const authors = { from: userRanges.partner.from, count: userRanges.partner.count + userRanges.staff.count };
  const body = `${r.pick(noteOpenings, 'n', 61)} || ' ' || ${r.pick(noteMiddles, 'n', 62)}
    || case when ${r.unit('n', 63)} < 0.5 then ' ' || ${r.pick(noteMiddles, 'n', 64)} else '' end || ' ' || ${r.pick(noteClosings, 'n', 65)}`;
  return `INSERT INTO call_notes (id, case_id, occurred_at, direction, other_party_name, other_party_phone, candidate_id, author_id, body, created_at, updated_at)
SELECT ${r.uuid('note', 'n')}, ${r.uuid('case', 'c.m')}, o.at,
  case when ${r.unit('n', 66)} < 0.5 then 'incoming' else 'outgoing' end,
  p.first || ' ' || p.last,
  case when ${r.unit('n', 67)} < 0.6 then '+479' || lpad(${r.int('n', 68, 0, 10_000_000)}::text, 7, '0') end,
  case when ${r.unit('n', 69)} < 0.7 then ${r.uuid('c', r.int('n', 70, 1, sizes.candidates))} end,
  ${userOf(r, authors, 'n', 71)},
  replace(replace(replace(replace(${body}, '{name}', p.first), '{role}', ${r.pick(roles, 'n', 72)}), '{skill}', ${r.pick(skills, 'n', 73)}), '{town}', ${r.pick(towns, 'n', 74)}),
  o.at + interval '10 minutes', o.at + interval '10 minutes'
FROM generate_series(1, ${sizes.callNotes}) AS n
CROSS JOIN LATERAL (SELECT ${r.int('n', 60, 1, sizes.cases)} AS m) c
CROSS JOIN LATERAL (SELECT ${r.pick(firstNames, 'n', 75)} AS first, ${r.pick(lastNames, 'n', 76)} AS last) p
CROSS JOIN LATERAL (SELECT ${caseOpenedAt(r, 'c.m')} + (${caseEndsAt(r, 'c.m')} - ${caseOpenedAt(r, 'c.m')}) * ${r.unit('n', 77)} AS at) o`;
}
