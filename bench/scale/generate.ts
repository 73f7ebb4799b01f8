import { hash } from '@node-rs/argon2';
import { openDatabase, type DatabaseHandle } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import { connectPostgres } from '../lib/connect.ts';
import { verifyAuditChain } from '../../api/src/audit/verify-chain.ts';
import { candidateConsentsSql, callNotesSql, caseMembersSql, casesSql, subscriberConsentsSql } from './activity-sql.ts';
import { benchLogin, currentScale, currentTarget, seed, sizesByScale, type Target } from './config.ts';
import { candidatesSql, subscribersSql, usersSql } from './people-sql.ts';
import { withIndexesDeferred, verifyForeignKeys } from './bulk.ts';
import { agreementsSql, auditChainSql, auditSourceSql, processorsSql } from './register-sql.ts';
import { seededRandom } from './sql-helpers.ts';

/**
 * `pnpm bench:seed`: a fresh bench database at SCALE (full | small | tiny), loaded with
 * set-based INSERT … SELECT over generate_series — no row-by-row inserts. Deterministic from
 * BENCH_SEED. BENCH_DRIVER=pglite loads an embedded PGlite directory instead of PostgreSQL.
 */
const scale = currentScale();
const sizes = sizesByScale[scale];
const target = currentTarget(scale);
const r = seededRandom(seed());
// The password hash matches the API's own (argon2id, OWASP minimum) so the login is real.
const passwordHash = await hash(benchLogin.password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });

async function freshDatabase(t: Target): Promise<DatabaseHandle> {
  if (t.kind === 'pglite') {
    const { rmSync } = await import('node:fs');
    rmSync(t.dataDir, { recursive: true, force: true });
    return openDatabase({ dataDir: t.dataDir });
  }
  const adminUrl = new URL(t.url);
  adminUrl.pathname = '/postgres';
  const admin = connectPostgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${t.database}" WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE "${t.database}"`);
  } finally {
    await admin.end();
  }
  return openDatabase({ url: t.url, maxConnections: 1 });
}

const started = performance.now();
const database = await freshDatabase(target);
await database.migrate();
const run = (text: string) => database.db.execute(sql.raw(text));
const timings: { step: string; ms: number }[] = [];
async function step(name: string, work: () => Promise<unknown>) {
  const t0 = performance.now();
  await work();
  timings.push({ step: name, ms: Math.round(performance.now() - t0) });
  console.log(`  ${name.padEnd(28)} ${String(Math.round(performance.now() - t0)).padStart(7)} ms`);
}

console.log(`Loading SCALE=${scale} seed=${seed()} into ${target.kind === 'pglite' ? `PGlite ${target.dataDir}` : `PostgreSQL database ${target.database}`}`);
const loadStarted = performance.now();
await run(`SET statement_timeout = 0`);
await run(`SET jit = off`);
if (target.kind === 'postgres') {
  // Bulk-load settings for this session only: the data can be regenerated, so no fsync wait.
  await run(`SET synchronous_commit = off`);
  await run(`SET maintenance_work_mem = '256MB'`);
}
// Triggers off while loading (foreign-key checks run set-based afterwards, see bulk.ts).
await run(`SET session_replication_role = replica`);
const deferred = (table: string, text: () => string) => () => withIndexesDeferred(database.db, table, () => run(text()));
await step('users', () => run(usersSql(r, passwordHash)));
await step('candidates', deferred('candidates', () => candidatesSql(r, sizes)));
await step('cases', () => run(casesSql(r, sizes)));
await step('case members', () => run(caseMembersSql(r, sizes)));
await step('subscribers', () => run(subscribersSql(r, sizes)));
await step('consent events', () =>
  withIndexesDeferred(database.db, 'consent_events', async () => {
    await run(candidateConsentsSql(r, sizes));
    await run(subscriberConsentsSql(r, sizes));
  }),
);
await step('call notes', deferred('call_notes', () => callNotesSql(r, sizes)));
await step('processors', () => run(processorsSql(r, sizes)));
await step('agreements', () => run(agreementsSql(r, sizes)));
await step('audit entries (hash chain)', () =>
  withIndexesDeferred(database.db, 'audit_log', async () => {
    await run(auditSourceSql(r, sizes));
    for (const statement of auditChainSql) await run(statement);
  }),
);
// The retention clock's triggers (migration 0014) were off as well: set it as they would, in
// one pass and still without triggers (row by row they would cost a subquery per candidate).
await step('retention clocks', () =>
  withIndexesDeferred(database.db, 'candidates', () =>
    run(`UPDATE candidates c SET retention_clock_at = greatest(c.last_activity_at, g.newest)
    FROM (SELECT c2.id, max(e.occurred_at) AS newest FROM candidates c2
            LEFT JOIN consent_events e ON e.candidate_id = c2.id AND e.purpose = 'candidate_registry' AND e.action = 'granted'
           GROUP BY c2.id) g
    WHERE g.id = c.id`),
  ),
);
await run(`SET session_replication_role = origin`);
// The totals' triggers were off too: derive the totals once from the loaded rows.
await step('totals', async () => {
  await run(`DELETE FROM candidate_totals`);
  await run(`INSERT INTO candidate_totals (status, source, candidates) SELECT status, source, count(*) FROM candidates GROUP BY 1, 2`);
  await run(`DELETE FROM consent_event_totals`);
  await run(`INSERT INTO consent_event_totals (month, purpose, action, events)
    SELECT (date_trunc('month', occurred_at AT TIME ZONE 'Europe/Oslo'))::date, purpose, action, count(*) FROM consent_events GROUP BY 1, 2, 3`);
  // The name search's word dictionary (migration 0016), as its triggers would have kept it.
  await run(`DELETE FROM candidate_name_words`);
  await run(`INSERT INTO candidate_name_words (word, candidates)
    SELECT word, count(*) FROM candidates, unnest(tsvector_to_array(name_search)) AS word GROUP BY word`);
});
await step('foreign keys checked', async () => console.log(`    ${await verifyForeignKeys(database.db)} foreign keys, no orphans`));
await step('vacuum analyze', () => run('VACUUM (ANALYZE)'));
// Written out now rather than by the background checkpointer over the next minutes (spread over
// 90 % of checkpoint_timeout), which would otherwise still be writing the load back to disk
// while `pnpm bench` measures, and slow its commits (seen in the log: until 4 min after a seed).
if (target.kind === 'postgres') await step('checkpoint', () => run('CHECKPOINT'));
const loadMs = Math.round(performance.now() - loadStarted);

const counts = await database.db.execute(sql.raw(`SELECT
  (SELECT count(*) FROM candidates)::int AS candidates,
  (SELECT count(*) FROM consent_events)::int AS consent_events,
  (SELECT max(n) FROM (SELECT count(*) AS n FROM consent_events WHERE candidate_id IS NOT NULL GROUP BY candidate_id) x)::int AS max_events_per_candidate,
  (SELECT count(*) FROM cases)::int AS cases,
  (SELECT count(*) FROM call_notes)::int AS call_notes,
  (SELECT count(*) FROM newsletter.subscribers)::int AS subscribers,
  (SELECT count(*) FROM processors)::int AS processors,
  (SELECT count(*) FROM processor_agreements)::int AS agreements,
  (SELECT count(*) FROM audit_log)::int AS audit_entries`));
const row = (Array.isArray(counts) ? counts[0] : (counts as unknown as { rows: unknown[] }).rows[0]) as Record<string, number>;
console.log(`Loaded in ${(loadMs / 1000).toFixed(1)} s (database created and migrated in ${((loadStarted - started) / 1000).toFixed(1)} s before that):`);
for (const [name, value] of Object.entries(row)) console.log(`  ${name.padEnd(26)} ${Number(value).toLocaleString('en')}`);

const verdict = await verifyAuditChain(database.db);
console.log(verdict.ok ? `Audit chain verified in Node: ${verdict.entries} entries intact` : `Audit chain BROKEN at seq ${verdict.brokenSeq}`);
await database.close();
if (!verdict.ok) process.exitCode = 1;
