import { AsyncLocalStorage } from 'node:async_hooks';
import { onOneConnection, transactionEndingWith, type Queryable } from '@pvr/db';
import type { RequestContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { claimIdempotencyKey, hasUnclaimedIdempotencyKey } from '../http/idempotency.ts';
import { auditInsert, auditRowsOf, type AuditEntry } from './audit.ts';
import { commitAuditRows } from './group-commit.ts';

type Job = {
  work: (db: Queryable) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** A read that started reads of its own before its row was found (`dependents`), or one of those. */
  role?: 'parent' | 'dependent';
};
type Outcome = { ok: true; value: unknown; entries: AuditEntry[] } | { ok: false; error: unknown };

const queues = new WeakMap<RequestContext, Job[]>();
/** The batch whose reads are running for a request; reads started in `joinOpenBatch` join it. */
const running = new WeakMap<RequestContext, Job[]>();
const joining = new AsyncLocalStorage<true>();
/** Set while a parent read starts its dependents: the reads queued then are theirs. */
const speculating = new AsyncLocalStorage<true>();
/** Batches that were told reads will join them: they wait a tick for those before the end. */
const expectingJoins = new WeakSet<Job[]>();
/**
 * The audit entries of a read running in a batch, written when the batch's reads are done.
 * Per read (async context), not per batch: the reads of a wave run side by side.
 */
const collecting = new AsyncLocalStorage<{ db: Queryable; entries: AuditEntry[] }>();

/**
 * Where `writeAudit` puts an entry when `db` is what a batch of audited reads runs on: kept and
 * inserted, with the other reads' entries, before any of their results is handed on.
 */
export const deferredAuditOf = (db: Queryable): AuditEntry[] | undefined => {
  const read = collecting.getStore();
  return read?.db === db ? read.entries : undefined;
};

/**
 * Runs an audited read — `work` reads on `db` and calls `writeAudit(db, …)` — together with the
 * other audited reads the same request starts in the same turn of the event loop (sibling
 * GraphQL fields, the DataLoader batches of one level): one audit insert with a row per entry,
 * instead of a transaction, an insert and a commit each. The rule is unchanged: nothing a read
 * returns reaches the caller until its audit entries have committed.
 *
 * The reads need no transaction: each is one statement with its own snapshot either way (READ
 * COMMITTED), and the insert alone commits all the batch's entries or none. So the batch sends
 * no BEGIN and no COMMIT — two socket writes and a round trip less for every audited request
 * (bench/README.md). The insert goes with other requests' entries waiting at the same time
 * (`group-commit.ts`). Only a mutation that still has an Idempotency-Key to claim runs its
 * batch in a transaction, where the claim must commit with the entries.
 *
 * `dependents` starts, without waiting, the reads of the fields under the row `work` looks for
 * (a candidate's consents and notes): they go out beside it, in the same wave, instead of in a
 * round trip after it. Should no such parent read in the batch succeed (the row is not there,
 * or not the actor's to see), its dependents are refused with its error and write no entry.
 *
 * `work` must only read (in a transaction it may run twice, see below), write only through
 * writeAudit, and not wait for another audited read (that one runs after it).
 */
export function auditedRead<T>(ctx: RequestContext, work: (db: Queryable) => Promise<T>, options: { dependents?: () => void } = {}): Promise<T> {
  const read = new Promise<T>((resolve, reject) => {
    const joins = joining.getStore() === true;
    const role = options.dependents ? 'parent' : !joins && speculating.getStore() ? 'dependent' : undefined;
    const job: Job = { work, resolve: resolve as (value: unknown) => void, reject, ...(role ? { role } : {}) };
    const open = joins ? running.get(ctx) : undefined;
    if (open) return void open.push(job);
    let queue = queues.get(ctx);
    if (!queue) {
      const batch: Job[] = [];
      queue = batch;
      queues.set(ctx, batch);
      // setImmediate: after every resolver and DataLoader dispatch of this turn has queued its read.
      setImmediate(() => {
        queues.delete(ctx);
        // Not in the context of the read that happened to open the batch.
        speculating.exit(() => joining.exit(() => void runBatch(ctx, batch)));
      });
    }
    queue.push(job);
  });
  if (options.dependents) {
    try {
      // DataLoaders dispatch on a later tick, still before the batch starts: their reads join it.
      speculating.run(true, options.dependents);
    } catch {
      // Only a head start: the fields still load on their own, and report their own errors.
    }
  }
  return read;
}

/**
 * A read that writes no audit entry of its own (a count, no personal data) but goes with the
 * request's audited reads: started beside them (a `joinOpenBatch` or `dependents` start), it
 * runs in their wave on their connection, one socket write for all, instead of apart on the pool.
 */
export const batchedRead: <T>(ctx: RequestContext, work: (db: Queryable) => Promise<T>) => Promise<T> = (ctx, work) => auditedRead(ctx, work);

/** Refusals handed to dependents because no parent read succeeded. */
const parentRefusals = new WeakSet<object>();

/** Whether a read was refused together with the row it hangs on (that row not there, or not the actor's). */
export const refusedWithParent = (error: unknown): boolean => typeof error === 'object' && error !== null && parentRefusals.has(error);

/** Dependents whose parents all failed take the first parent's refusal, and write nothing. */
function withoutOrphans(jobs: Job[], outcomes: Outcome[]): Outcome[] {
  const parents = outcomes.filter((_, i) => jobs[i]?.role === 'parent');
  const refused = parents.find((o): o is Extract<Outcome, { ok: false }> => !o.ok);
  if (parents.length === 0 || parents.some((o) => o.ok) || !refused) return outcomes;
  if (typeof refused.error === 'object' && refused.error !== null) parentRefusals.add(refused.error);
  return outcomes.map((o, i) => (jobs[i]?.role === 'dependent' ? { ok: false, error: refused.error } : o));
}

/**
 * Starts reads (not waited for) that join the batch running now: a read that has found its row
 * starts its nested fields' reads here, so they share its audit insert instead of opening the
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
  if (hasUnclaimedIdempotencyKey(ctx)) return runBatchInTransaction(ctx, jobs);
  let outcomes: Outcome[];
  try {
    // One connection: the statements of a wave go out together, to one server process.
    // A read's database error fails that read only: nothing is shared that it could abort.
    outcomes = withoutOrphans(jobs, await onOneConnection(ctx.db, (db) => readInWaves(ctx, db, jobs, { failFast: false })));
    const entries = outcomes.flatMap((o) => (o.ok ? o.entries : []));
    // With other requests' entries, in one insert that commits by itself (group-commit.ts).
    if (entries.length > 0) await commitAuditRows(ctx.db, auditRowsOf(ctx, entries));
  } catch (error) {
    // No connection, or the insert failed: no entry was written, so nothing read is handed on.
    for (const job of jobs) job.reject(error);
    return;
  }
  jobs.forEach((job, i) => settle(job, outcomes[i]));
}

async function runBatchInTransaction(ctx: RequestContext, jobs: Job[]): Promise<void> {
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
 * The reads in waves: those queued so far side by side, their statements pipelined; then those
 * that joined meanwhile (`joinOpenBatch`). `jobs` grows while this runs. With `failFast` (in a
 * transaction, which one error aborts) a database error ends it; otherwise it fails its read only.
 */
async function readInWaves(ctx: RequestContext, db: Queryable, jobs: Job[], { failFast }: { failFast: boolean }): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  running.set(ctx, jobs);
  try {
    while (outcomes.length < jobs.length) {
      // Settled, not raced: no read may still use the transaction or connection once it is given back.
      const wave = await Promise.allSettled(jobs.slice(outcomes.length).map((job) => runRead(db, job)));
      for (const result of wave) {
        if (result.status === 'fulfilled') outcomes.push(result.value);
        else if (failFast) throw result.reason;
        else outcomes.push({ ok: false, error: result.reason });
      }
      // Reads joining from this wave (DataLoaders dispatch on a later tick) run before the end.
      if (outcomes.length === jobs.length && expectingJoins.delete(jobs)) await new Promise((done) => setImmediate(done));
    }
  } finally {
    // Closed before the audit insert: a read started from now on opens the next batch.
    running.delete(ctx);
  }
  return outcomes;
}

/**
 * One transaction: the reads, then any idempotency claim, then every entry of the reads that
 * succeeded, in queue order, in one insert sent with the commit (the chain head it locks is
 * then held for no round trip).
 */
async function runTogether(ctx: RequestContext, jobs: Job[]): Promise<Outcome[]> {
  return transactionEndingWith(ctx.db, async (tx) => {
    const outcomes = withoutOrphans(jobs, await readInWaves(ctx, tx, jobs, { failFast: true }));
    const entries = outcomes.flatMap((o) => (o.ok ? o.entries : []));
    if (entries.length === 0) return { result: outcomes };
    await claimIdempotencyKey(tx, ctx);
    return { result: outcomes, last: () => auditInsert(tx, ctx, entries) };
  });
}

async function runRead(db: Queryable, job: Job): Promise<Outcome> {
  const entries: AuditEntry[] = [];
  try {
    return { ok: true, value: await collecting.run({ db, entries }, () => job.work(db)), entries };
  } catch (error) {
    // A refusal (not found, forbidden) writes no entry and, in a transaction, leaves it usable;
    // anything else is a database error for `readInWaves` to handle.
    if (!(error instanceof AppError)) throw error;
    return { ok: false, error };
  }
}
