import { anchor, userCounts, type Sizes } from './config.ts';
import { literal, textArray, type Random } from './sql-helpers.ts';
import { firstNames, lastNames, roles, skills, towns } from './vocabulary.ts';

/** User n (1-based): partners first, then staff, then auditors. */
export const userRanges = {
  partner: { from: 1, count: userCounts.partner },
  staff: { from: 1 + userCounts.partner, count: userCounts.staff },
  auditor: { from: 1 + userCounts.partner + userCounts.staff, count: userCounts.auditor },
} as const;

export function usersSql(r: Random, passwordHash: string): string {
  const rows: string[] = [];
  for (const [role, range] of Object.entries(userRanges)) {
    for (let k = 0; k < range.count; k += 1) {
      const n = range.from + k;
      const name = `${firstNames[(n * 7) % firstNames.length]} ${lastNames[(n * 11) % lastNames.length]}`;
      const email = `bench-${role}-${String(k + 1).padStart(2, '0')}@example.test`;
      rows.push(`(${r.uuid('u', String(n))}, ${literal(email)}, ${literal(name)}, ${literal(role)}, ${literal(passwordHash)}, ${literal(anchor)}::timestamptz - interval '5 years')`);
    }
  }
  return `INSERT INTO users (id, email, full_name, role, password_hash, created_at) VALUES ${rows.join(',\n')}`;
}

/** A user id among a range, picked per row. */
export const userOf = (r: Random, range: { from: number; count: number }, key: string, salt: number) =>
  r.uuid('u', r.int(key, salt, range.from, range.count));

/** When candidate n registered: spread over six years before the anchor, to the microsecond. */
export const candidateCreatedAt = (r: Random, n: string) =>
  `(${literal(anchor)}::timestamptz - make_interval(secs => ${r.unit(n, 1)} * 189216000))`;

export function candidatesSql(r: Random, sizes: Sizes): string {
  const created = candidateCreatedAt(r, 'n');
  const name = `${r.pick(firstNames, 'n', 2)} || case when ${r.unit('n', 3)} < 0.3 then ' ' || ${r.pick(firstNames, 'n', 4)} else '' end || ' ' || ${r.pick(lastNames, 'n', 5)}`;
  return `INSERT INTO candidates (id, full_name, email, phone, location, summary, skills, status, source, created_by, created_at, updated_at, last_activity_at)
SELECT ${r.uuid('c', 'n')},
  ${name},
  case when ${r.unit('n', 6)} < 0.92 then 'kandidat-' || n || '@example.test' end,
  case when ${r.unit('n', 7)} < 0.8 then '+474' || lpad(${r.int('n', 8, 0, 10_000_000)}::text, 7, '0') end,
  ${r.pick(towns, 'n', 9)},
  initcap(${r.pick(roles, 'n', 10)}) || ' med erfaring innen ' || ${r.pick(skills, 'n', 11)} || '.',
  ARRAY[(${textArray(skills)})[1 + (n % ${skills.length})], (${textArray(skills)})[1 + ((n + 1 + ${r.int('n', 12, 0, skills.length - 1)}) % ${skills.length})]],
  case when ${r.unit('n', 13)} < 0.7 then 'active' when ${r.unit('n', 13)} < 0.8 then 'placed' else 'inactive' end,
  case when ${r.unit('n', 14)} < 0.6 then 'self_registered' else 'added_by_partner' end,
  case when ${r.unit('n', 14)} >= 0.6 then ${userOf(r, userRanges.partner, 'n', 15)} end,
  ${created}, ${created},
  ${created} + (${literal(anchor)}::timestamptz - ${created}) * ${r.unit('n', 16)}
FROM generate_series(1, ${sizes.candidates}) AS n`;
}

export function subscribersSql(r: Random, sizes: Sizes): string {
  const created = `(${literal(anchor)}::timestamptz - make_interval(secs => ${r.unit('n', 31)} * 126144000))`;
  return `INSERT INTO newsletter.subscribers (id, email, status, source, created_at, confirmed_at)
SELECT ${r.uuid('s', 'n')}, 'abonnent-' || n || '@example.test',
  case when ${r.unit('n', 32)} < 0.9 then 'active' else 'pending' end,
  case when ${r.unit('n', 33)} < 0.85 then 'web_form' else 'added_by_partner' end,
  ${created},
  case when ${r.unit('n', 32)} < 0.9 then ${created} + interval '2 hours' end
FROM generate_series(1, ${sizes.subscribers}) AS n`;
}
