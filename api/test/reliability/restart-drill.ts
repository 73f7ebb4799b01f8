import { openDatabase, schema } from '@pvr/db';
import { count, inArray } from '@pvr/db/orm';
import { isKeyInUse, nextRead, nextWrite, send, type Outcome, type Session, type Write } from './load-sessions.ts';
import type { PrivatePostgres } from './private-postgres.ts';
import type { Product } from './product-process.ts';

export type DrillOptions = {
  product: Product;
  postgres: PrivatePostgres;
  /** The product's database, as the owner (to count what was stored). */
  databaseUrl: string;
  sessions: Session[];
  mode: 'fast' | 'immediate';
  warmupMs: number;
  outageMs: number;
  /** Load kept up after the API serves again. */
  afterMs: number;
  /** No request may take longer than this (connect timeout 5 s, statement timeout 15 s). */
  boundMs: number;
  workersPerSession: number;
};

type Job = Write & { session: Session; state: 'new' | 'acked' | 'unanswered' | 'keyInUse'; attempts: number };

export type DrillFigures = {
  mode: string;
  requests: number;
  statuses: Record<string, number>;
  /** Requests not answered with data (errors or no answer): the outage was felt. */
  failed: number;
  maxMs: number;
  overBound: number;
  /** The requests over the bound: what, when, how long. */
  slow: string[];
  writes: number;
  acknowledged: number;
  /** Writes retried with the same key at least once because an attempt went unanswered. */
  retried: number;
  /** Work committed but its answer lost with the connection: the key is taken, the record is there once. */
  answerLost: number;
  unresolved: number;
  lost: number;
  duplicates: number;
  readyzDuringOutage: Record<string, number>;
  readyzAfter: number;
  /** From `pg_ctl start` returning to /readyz answering 200. */
  readySeconds: number;
  /** From `pg_ctl start` returning to the first answered GraphQL read. */
  recoverySeconds: number;
  /** From `pg_ctl stop` being issued to the first answered GraphQL read after the restart. */
  outageSeconds: number;
  leaks: string[];
  processAlive: boolean;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** What a failed answer must never carry: driver messages, SQL, stack frames, addresses. */
const leakPattern = /ECONNREFUSED|ECONNRESET|CONNECTION_|terminating connection|shutting down|\bselect\b|\binsert\b|\.ts:\d|at async|127\.0\.0\.1/i;

/**
 * Stops the product's PostgreSQL in the middle of a mixed load and starts it again. Clients act
 * as the dashboard does: an unanswered write is sent again with the same Idempotency-Key until
 * the API answers it. Returns the figures; the caller asserts on them.
 */
export async function runRestartDrill(options: DrillOptions): Promise<DrillFigures> {
  const { product, postgres, sessions } = options;
  const outcomes: Outcome[] = [];
  const jobs: Job[] = [];
  const leaks: string[] = [];
  let stopLoad = false;
  const alive = () => product.child.exitCode === null && product.child.signalCode === null;

  const slow: string[] = [];
  let stopIssued = Number.NaN;
  const record = (outcome: Outcome, name: string) => {
    outcomes.push(outcome);
    if (outcome.ms > options.boundMs) slow.push(`${name} sent ${((performance.now() - outcome.ms - stopIssued) / 1000).toFixed(1)} s after the stop, ${outcome.timedOut ? 'no answer' : outcome.status} after ${(outcome.ms / 1000).toFixed(1)} s`);
    if (!outcome.ok && leakPattern.test(outcome.text)) leaks.push(outcome.text.slice(0, 300));
  };
  const attempt = async (job: Job) => {
    job.attempts += 1;
    const outcome = await send(job.session, job.query, job.variables, { key: job.key, timeoutMs: options.boundMs + 5_000 });
    record(outcome, job.name);
    if (outcome.ok) job.state = 'acked';
    else if (isKeyInUse(outcome)) job.state = 'keyInUse';
    else job.state = 'unanswered';
  };

  const worker = async (session: Session) => {
    const mine: Job[] = [];
    while (!stopLoad && alive()) {
      const retry = mine.find((j) => j.state === 'unanswered' || j.state === 'keyInUse');
      if (retry) {
        await attempt(retry);
        if (retry.state !== 'acked') await sleep(200);
      } else if (Math.random() < 0.4) {
        const job: Job = { ...nextWrite(session), session, state: 'new', attempts: 0 };
        jobs.push(job);
        mine.push(job);
        await attempt(job);
      } else {
        const read = nextRead(session);
        record(await send(session, read.query, read.variables, { timeoutMs: options.boundMs + 5_000 }), read.name);
      }
      await sleep(20);
    }
  };
  const workers = sessions.flatMap((s) => Array.from({ length: options.workersPerSession }, () => worker(s)));

  const readyz = async () => {
    try {
      return (await fetch(`${product.baseUrl}/readyz`, { signal: AbortSignal.timeout(options.boundMs) })).status;
    } catch {
      return 0;
    }
  };

  await sleep(options.warmupMs);
  stopIssued = performance.now();
  await postgres.stop(options.mode);
  const readyzDuringOutage: Record<string, number> = {};
  // At least one probe: on a loaded machine the stop itself can outlast outageMs (it is still down).
  do {
    const status = await readyz();
    readyzDuringOutage[status] = (readyzDuringOutage[status] ?? 0) + 1;
    await sleep(250);
  } while (performance.now() - stopIssued < options.outageMs);
  await postgres.start();
  const started = performance.now();
  const probe = sessions[0]!;
  let served = Number.NaN;
  while (performance.now() - started < 60_000 && alive()) {
    const read = await send(probe, `{ me { id } }`, {}, { timeoutMs: options.boundMs });
    if (read.ok) {
      served = performance.now();
      break;
    }
    await sleep(100);
  }
  // /readyz pings with a 2 s limit: on a busy machine the first ping can queue behind reconnects.
  let readyzAfter = await readyz();
  while (readyzAfter !== 200 && performance.now() - started < 15_000) {
    await sleep(250);
    readyzAfter = await readyz();
  }
  const readySeconds = (performance.now() - started) / 1000;
  await sleep(options.afterMs);
  stopLoad = true;
  await Promise.all(workers);

  // Every write the API has not answered yet is sent again, as a client would, until it is.
  const drainUntil = performance.now() + 30_000;
  for (const job of jobs) {
    while (job.state === 'unanswered' && performance.now() < drainUntil && alive()) {
      await attempt(job);
      if (job.state === 'unanswered') await sleep(200);
    }
  }

  const stored = await storedCounts(options.databaseUrl, jobs);
  const acknowledged = jobs.filter((j) => j.state === 'acked');
  const answerLost = jobs.filter((j) => j.state === 'keyInUse');
  const statuses: Record<string, number> = {};
  for (const o of outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;
  const maxMs = Math.max(...outcomes.map((o) => o.ms));
  return {
    mode: options.mode,
    requests: outcomes.length,
    statuses,
    failed: outcomes.filter((o) => !o.ok).length,
    maxMs: Math.round(maxMs),
    overBound: outcomes.filter((o) => o.timedOut || o.ms > options.boundMs).length,
    slow,
    writes: jobs.length,
    acknowledged: acknowledged.length,
    retried: jobs.filter((j) => j.attempts > 1).length,
    answerLost: answerLost.length,
    unresolved: jobs.filter((j) => j.state === 'unanswered' || j.state === 'new').length,
    // Acknowledged, or refused as already done: then it must be stored exactly once.
    lost: [...acknowledged, ...answerLost].filter((j) => (stored.get(j.marker) ?? 0) === 0).length,
    duplicates: jobs.filter((j) => (stored.get(j.marker) ?? 0) > 1).length,
    readyzDuringOutage,
    readyzAfter,
    readySeconds,
    recoverySeconds: (served - started) / 1000,
    outageSeconds: (served - stopIssued) / 1000,
    leaks,
    processAlive: alive(),
  };
}

/** How many records carry each write's marker, counted by the owner on the product's database. */
async function storedCounts(databaseUrl: string, jobs: Job[]): Promise<Map<string, number>> {
  const owner = await openDatabase({ url: databaseUrl, maxConnections: 1 });
  try {
    const counts = new Map<string, number>();
    const notes = jobs.filter((j) => j.name === 'logCallNote').map((j) => j.marker);
    const consents = jobs.filter((j) => j.name === 'recordConsent').map((j) => j.marker);
    const { callNotes, consentEvents } = schema;
    if (notes.length) {
      const rows = await owner.db.select({ marker: callNotes.body, n: count() }).from(callNotes).where(inArray(callNotes.body, notes)).groupBy(callNotes.body);
      for (const row of rows) counts.set(row.marker, row.n);
    }
    if (consents.length) {
      const rows = await owner.db
        .select({ marker: consentEvents.evidenceNote, n: count() })
        .from(consentEvents)
        .where(inArray(consentEvents.evidenceNote, consents))
        .groupBy(consentEvents.evidenceNote);
      for (const row of rows) if (row.marker) counts.set(row.marker, row.n);
    }
    return counts;
  } finally {
    await owner.close();
  }
}

export const describeDrill = (f: DrillFigures) =>
  `PostgreSQL restart (pg_ctl stop -m ${f.mode}): ${f.requests} requests ${JSON.stringify(f.statuses)}, ${f.failed} failed, slowest ${f.maxMs} ms, ${f.overBound} over the bound ${JSON.stringify(f.slow)}; ` +
  `${f.writes} writes: ${f.acknowledged} acknowledged, ${f.retried} retried with their key, ${f.answerLost} done but answer lost, ${f.unresolved} unresolved; ` +
  `lost ${f.lost}, duplicates ${f.duplicates}; /readyz during outage ${JSON.stringify(f.readyzDuringOutage)}, after ${f.readyzAfter} (${f.readySeconds.toFixed(2)} s after PostgreSQL was back); ` +
  `serving again ${f.recoverySeconds.toFixed(2)} s after PostgreSQL was back (${f.outageSeconds.toFixed(2)} s after the stop); process alive: ${f.processAlive}`;
