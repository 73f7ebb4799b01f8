import { AsyncLocalStorage } from 'node:async_hooks';
import { transactionEndingWith, type Transaction } from '@pvr/db';
import type { RequestContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { claimIdempotencyKey } from '../http/idempotency.ts';
import { auditInsert, type AuditEntry } from './audit.ts';

type Job = { work: (tx: Transaction) => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown; entries: AuditEntry[] } | { ok: false; error: unknown };

const queues = new WeakMap<RequestContext, Job[]>();
/** The batch whose transaction is open for a request; reads started in `joinOpenBatch` join it. */
const running = new WeakMap<RequestContext, Job[]>();
const joining = new AsyncLocalStorage<true>();
/** Batches that were told reads will join them: they wait a tick for those before the end. */
const expectingJoins = new WeakSet<Job[]>();
/**
 * The audit entries of a read running in a batch transaction, written when the batch ends.
 * Per read (async context), not per transaction: the reads of a wave run side by side.
 */
const collecting = new AsyncLocalStorage<{ tx: Transaction; entries: AuditEntry[] }>();

/**
 * Where `writeAudit` puts an entry when the transaction is a batch of audited reads: kept and
 * inserted, with the other reads' entries, in the same transaction before it commits.
 */
export const deferredAuditOf = (tx: Transaction): AuditEntry[] | undefined => {
  const read = collecting.getStore();
  return read?.tx === tx ? read.entries : undefined;
};

/**
 * Runs an audited read — `work` reads and calls `writeAudit(tx, …)` — together with the other
 * audited reads the same request starts in the same turn of the event loop (sibling GraphQL
 * fields, the DataLoader batches of one level): one transaction and one audit insert with a row
 * per entry, instead of a transaction, an insert and a commit each. The rule is unchanged:
 * nothing a read returns reaches the caller until its audit entries have committed with it.
 * `work` must only read (it may run twice, see below), write only through writeAudit, and not
 * wait for another audited read (that one runs after it).
 */
export function auditedRead<T>(ctx: RequestContext, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const job: Job = { work, resolve: resolve as (value: unknown) => void, reject };
    const open = joining.getStore() ? running.get(ctx) : undefined;
    if (open) return void open.push(job);
    let queue = queues.get(ctx);
    if (!queue) {
      const batch: Job[] = [];
      queue = batch;
      queues.set(ctx, batch);
      // setImmediate: after every resolver and DataLoader dispatch of this turn has queued its read.
      setImmediate(() => {
        queues.delete(ctx);
        void runBatch(ctx, batch);
      });
    }
    queue.push(job);
  });
}

/**
 * Starts reads (not waited for) that join the batch running now: a read that has found its row
 * starts its nested fields' reads here, so they share its transaction instead of opening the
 * next one when GraphQL gets to them. Their promises are the loaders' own, which the fields then get.
 */
export function joinOpenBatch(ctx: RequestContext, start: () => void): void {
  const open = running.get(ctx);
  if (open) expectingJoins.add(open);
  try {
    joining.run(true, start);
  } catch {
    // Only a head start: the fields still load on their own, and report their own errors.
  }
}

async function runBatch(ctx: RequestContext, jobs: Job[]): Promise<void> {
  let outcomes: Outcome[];
  try {
    outcomes = await runTogether(ctx, jobs);
  } catch (error) {
    if (jobs.length === 1) return void jobs[0]?.reject(error);
    // A database error aborts the shared transaction: run each read on its own, as before
    // batching, so one failing field does not fail its siblings.
    for (const job of jobs) await runTogether(ctx, [job]).then(([outcome]) => settle(job, outcome), job.reject);
    return;
  }
  jobs.forEach((job, i) => settle(job, outcomes[i]));
}

function settle(job: Job, outcome: Outcome | undefined) {
  if (outcome?.ok) job.resolve(outcome.value);
  else job.reject(outcome ? outcome.error : new Error('audited read without an outcome'));
}

/**
 * One transaction: the reads in waves (those queued so far side by side, their statements
 * pipelined on the connection; then those that joined meanwhile), then every entry of the
 * reads that succeeded, in queue order, in one insert sent with the commit (the chain head it
 * locks is then held for no round trip). `jobs` grows while this runs.
 */
async function runTogether(ctx: RequestContext, jobs: Job[]): Promise<Outcome[]> {
  return transactionEndingWith(ctx.db, async (tx) => {
    const outcomes: Outcome[] = [];
    running.set(ctx, jobs);
    try {
      while (outcomes.length < jobs.length) {
        // Settled, not raced: no read may still use the transaction after it has ended.
        const wave = await Promise.allSettled(jobs.slice(outcomes.length).map((job) => runRead(tx, job)));
        for (const result of wave) if (result.status === 'rejected') throw result.reason;
        outcomes.push(...wave.map((result) => (result as PromiseFulfilledResult<Outcome>).value));
        // Reads joining from this wave (DataLoaders dispatch on a later tick) run before the end.
        if (outcomes.length === jobs.length && expectingJoins.delete(jobs)) await new Promise((done) => setImmediate(done));
      }
    } finally {
      // Closed before the audit insert: a read started from now on opens the next batch.
      running.delete(ctx);
    }
    const entries = outcomes.flatMap((o) => (o.ok ? o.entries : []));
    if (entries.length === 0) return { result: outcomes };
    await claimIdempotencyKey(tx, ctx);
    return { result: outcomes, last: () => auditInsert(tx, ctx, entries) };
  });
}

async function runRead(tx: Transaction, job: Job): Promise<Outcome> {
  const entries: AuditEntry[] = [];
  try {
    return { ok: true, value: await collecting.run({ tx, entries }, () => job.work(tx)), entries };
  } catch (error) {
    // A refusal (not found, forbidden) leaves the transaction usable and writes no entry,
    // as its own rolled-back transaction did; anything else fails the batch.
    if (!(error instanceof AppError)) throw error;
    return { ok: false, error };
  }
}
