import type postgres from 'postgres';
import { connectPostgres } from '../lib/connect.ts';
import { openDatabase } from '@pvr/db';
import { captureStatements, type Statement } from '../lib/capture.ts';
import { buildOperations } from '../lib/operations.ts';
import { benchLogin, currentScale, currentTarget } from '../scale/config.ts';

/**
 * `pnpm bench:commit-behind`: what sending the audit insert with its COMMIT (db/src/commit-behind.ts)
 * is worth, without the rest of the API around it. Replays the candidate-detail requests' SQL
 * (captured from the API, as the floor does) on 8 connections, in transactions that end with
 * the audit insert, the COMMIT sent either after the insert's answer or right behind it;
 * alternating, several rounds, on the bench database (it adds audit entries: seed before comparing).
 */
const target = currentTarget(currentScale());
if (target.kind !== 'postgres') throw new Error('PostgreSQL only: PGlite has one connection and no pipelining');
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const workers = Number(process.env.BENCH_CONNECTIONS ?? 8);

const pools = await openDatabase({ url: target.url, maxConnections: 1 });
const detail = (await buildOperations(pools.db, currentScale() !== 'full')).filter((op) => op.key === 'candidate-detail').map((op) => ({ ...op, requests: op.requests.slice(0, 30) }));
await pools.close();
const requests = (await captureStatements(target.url, detail, benchLogin))['candidate-detail'] ?? [];

const sql = connectPostgres(target.url, { max: workers, connection: { role: 'pvr_app', jit: 'off' }, onnotice: () => {} });
type Tx = postgres.TransactionSql;
const run = (tx: Tx, s: Statement) => tx.unsafe(s.query, s.params as never[], { prepare: true });
const isAudit = (s: Statement) => s.query.includes('insert into audit_log');
const queued = () => new Promise((resolve) => setImmediate(resolve));

const variants: Record<string, (tx: Tx, statements: Statement[]) => Promise<unknown>> = {
  'insert only, COMMIT after its answer': async (tx, st) => {
    for (const s of st.filter(isAudit)) await run(tx, s);
  },
  'insert only, COMMIT behind it': async (tx, st) => {
    const sent = st.filter(isAudit).map((s) => run(tx, s).execute());
    await queued();
    return sent;
  },
  'detail reads + insert, COMMIT after': async (tx, st) => {
    for (const s of st) await run(tx, s);
  },
  'detail reads + insert, COMMIT behind': async (tx, st) => {
    for (const s of st.filter((s) => !isAudit(s))) await run(tx, s);
    const sent = st.filter(isAudit).map((s) => run(tx, s).execute());
    await queued();
    return sent;
  },
};

async function transactionsPerSecond(variant: (tx: Tx, statements: Statement[]) => Promise<unknown>): Promise<number> {
  let done = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = worker; Date.now() < end; i++) {
        const sent = await sql.begin((tx) => variant(tx, requests[i % requests.length]!));
        if (Array.isArray(sent)) await Promise.all(sent);
        done++;
      }
    }),
  );
  return done / seconds;
}

const figures = new Map<string, number[]>(Object.keys(variants).map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  for (const [name, variant] of Object.entries(variants)) figures.get(name)!.push(await transactionsPerSecond(variant));
}
await sql.end({ timeout: 5 });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`\n${workers} connections, ${rounds} alternating rounds of ${seconds} s; transactions per second:`);
for (const [name, xs] of figures) console.log(`  ${name.padEnd(40)} median ${median(xs).toFixed(0).padStart(5)}   runs ${xs.map((x) => x.toFixed(0)).join(', ')}`);
