import { anchor, type Sizes } from './config.ts';
import { userRanges } from './people-sql.ts';
import { literal, textArray, type Random } from './sql-helpers.ts';
import { processorWords } from './vocabulary.ts';

const at = literal(anchor);
const allClauses = [
  'documented_instructions', 'confidentiality', 'security_measures', 'sub_processor_conditions',
  'data_subject_rights_assistance', 'compliance_assistance', 'deletion_or_return', 'audits_and_information',
];

/** Vendors: the first tenth are top-level processors; later ones may be their sub-processors. */
export function processorsSql(r: Random, sizes: Sizes): string {
  const parents = Math.max(1, Math.floor(sizes.processors / 10));
  const isSub = `(n > ${parents} and ${r.unit('n', 81)} < 0.15)`;
  const thirdCountry = `(${r.unit('n', 82)} < 0.15)`;
  return `INSERT INTO processors (id, name, organisation_number, role, parent_processor_id, service_description, data_categories,
  data_subject_categories, has_personal_data_access, data_location, countries, transfer_basis, website, created_at, updated_at)
SELECT ${r.uuid('p', 'n')}, ${r.pick(processorWords, 'n', 83)} || 'leverandøren ' || n || ' AS', (900000000 + n)::text,
  case when ${isSub} then 'sub_processor' when ${r.unit('n', 84)} < 0.1 then 'independent_controller' else 'processor' end,
  case when ${isSub} then ${r.uuid('p', r.int('n', 85, 1, parents))} end,
  'Drift og vedlikehold av tjeneste ' || n, ARRAY['kontaktinformasjon', 'CV'], ARRAY['kandidater'],
  ${r.unit('n', 86)} < 0.9,
  case when ${thirdCountry} then 'third_country' else 'eea' end,
  case when ${thirdCountry} then ARRAY['US'] else ARRAY['NO'] end,
  case when ${thirdCountry} then 'standard_contractual_clauses' end,
  'https://leverandor-' || n || '.example', ${at}::timestamptz - interval '3 years', ${at}::timestamptz - interval '3 years'
FROM generate_series(1, ${sizes.processors}) AS n`;
}

/** One agreement per vendor; review dates spread a year either side of today, so some are due. */
export function agreementsSql(r: Random, sizes: Sizes): string {
  const status = `case when ${r.unit('n', 91)} < 0.8 then 'signed' when ${r.unit('n', 91)} < 0.9 then 'draft' else 'expired' end`;
  return `INSERT INTO processor_agreements (id, processor_id, kind, status, signed_on, review_due_on, clauses, created_at, updated_at)
SELECT ${r.uuid('a', 'n')}, ${r.uuid('p', 'n')}, 'data_processing_agreement', s.status,
  case when s.status <> 'draft' then (${at}::date - ${r.int('n', 92, 30, 1000)}) end,
  current_date + ${r.int('n', 93, -365, 730)},
  case when s.status = 'signed' then ${textArray(allClauses)} else '{}'::text[] end,
  ${at}::timestamptz - interval '3 years', ${at}::timestamptz - interval '3 years'
FROM generate_series(1, ${sizes.processors}) AS n
CROSS JOIN LATERAL (SELECT ${status} AS status) s`;
}

const actions = [
  ['candidate.read', 'candidate'], ['candidate.list', 'candidate'], ['consent.record', 'consent_event'],
  ['consent.history.read', 'consent_event'], ['callNote.log', 'call_note'], ['callNote.list', 'call_note'], ['case.read', 'case'],
] as const;

/** The generated audit entries, numbered n = 1…count, in a temporary table of their own. */
export function auditSourceSql(r: Random, sizes: Sizes): string {
  const everyone = { from: 1, count: userRanges.auditor.from + userRanges.auditor.count - 1 };
  const index = r.int('n', 101, 1, actions.length);
  return `CREATE TEMP TABLE bench_audit AS
SELECT n, ${at}::timestamptz - make_interval(secs => (${sizes.auditEntries} - n) * 60) AS occurred_at, ${r.uuid('u', 'u.k')} AS actor_id,
  case when u.k < ${userRanges.staff.from} then 'partner' when u.k < ${userRanges.auditor.from} then 'staff' else 'auditor' end AS actor_role,
  (${textArray(actions.map((a) => a[0]))})[${index}] AS action, (${textArray(actions.map((a) => a[1]))})[${index}] AS entity_type,
  c.id::text AS entity_id, substr(encode(sha256(convert_to('bench:' || c.id, 'UTF8')), 'hex'), 1, 22) AS subject_pseudonym,
  ${r.uuid('req', 'n')}::text AS request_id, '192.0.2.0'::text AS ip_anonymised,
  jsonb_build_object('candidateIds', jsonb_build_array(c.id)) AS details
FROM generate_series(1, ${sizes.auditEntries}) AS n
CROSS JOIN LATERAL (SELECT ${r.int('n', 102, everyone.from, everyone.count)} AS k) u
CROSS JOIN LATERAL (SELECT ${r.uuid('c', r.int('n', 103, 1, sizes.candidates))} AS id) c`;
}

/**
 * The canonical form the audit_log_link trigger hashes (migration 0001), for entry b after
 * the entry whose hash is prev. `pnpm audit:verify`'s independent Node check must accept it.
 */
const linkHash = (prev: string, seq: string) => `encode(sha256(convert_to(concat_ws(E'\\x1f',
    coalesce(${prev}, ''), (${seq})::text,
    to_char(b.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(b.actor_id::text, ''), coalesce(b.actor_role, ''), b.action, b.entity_type, coalesce(b.entity_id, ''),
    coalesce(b.subject_pseudonym, ''), coalesce(b.request_id, ''), coalesce(b.ip_anonymised, ''), b.details::text
  ), 'UTF8')), 'hex')`;

/**
 * Chains the entries in one recursive statement, continuing from the chain head, and appends
 * them with triggers off (the per-row trigger walks the head row's versions, ~0.25 ms an
 * entry and worse in large transactions); then moves the head to the last link.
 */
export const auditChainSql = [
  `ALTER TABLE bench_audit ADD PRIMARY KEY (n)`,
  `ANALYZE bench_audit`,
  // Each recursion step must look up one row by key; a merge or hash join would read them all.
  `SET enable_mergejoin = off`,
  `SET enable_hashjoin = off`,
  `INSERT INTO audit_log (seq, occurred_at, actor_id, actor_role, action, entity_type, entity_id, subject_pseudonym, request_id, ip_anonymised, details, prev_hash, hash)
WITH RECURSIVE chain (n, seq, prev_hash, hash) AS (
  SELECT b.n, h.last_seq + 1, h.last_hash, ${linkHash('h.last_hash', 'h.last_seq + 1')}
  FROM bench_audit b, audit_chain_head h WHERE b.n = 1
  UNION ALL
  SELECT b.n, c.seq + 1, c.hash, ${linkHash('c.hash', 'c.seq + 1')}
  FROM chain c JOIN bench_audit b ON b.n = c.n + 1
)
SELECT c.seq, b.occurred_at, b.actor_id, b.actor_role, b.action, b.entity_type, b.entity_id, b.subject_pseudonym, b.request_id,
  b.ip_anonymised, b.details, c.prev_hash, c.hash
FROM chain c JOIN bench_audit b USING (n) ORDER BY c.seq`,
  `RESET enable_mergejoin`,
  `RESET enable_hashjoin`,
  `UPDATE audit_chain_head h SET last_seq = l.seq, last_hash = l.hash
FROM (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1) l WHERE h.singleton`,
  `DROP TABLE bench_audit`,
];
