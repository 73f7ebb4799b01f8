import type { Database, Transaction } from './client.ts';

/** Databases on the `postgres` driver, which pipelines the statements of a transaction. */
const pipelining = new WeakSet<Database>();

export function sendsCommitBehindLastStatement(db: Database): void {
  pipelining.add(db);
}

export type EndedTransaction<T> = {
  result: T;
  /** The transaction's last statement (a write), started only when called. */
  last?: (() => PromiseLike<unknown>) | undefined;
};

/**
 * A transaction whose last statement travels with its COMMIT: on PostgreSQL the statement is
 * queued on the connection and the COMMIT goes out right behind it, instead of a round trip
 * through the (busy) event loop in between. That round trip is time a write holds its row locks;
 * for the audit insert, whose chain head is one row every audited request locks until commit,
 * it was most of the wait (bench/README.md).
 *
 * Nothing is lost when that statement fails: PostgreSQL then turns the COMMIT into a ROLLBACK,
 * and the statement's error is thrown here, so `result` is never handed on. On PGlite (one
 * connection, in the process) the statement is simply awaited before the commit.
 */
export async function transactionEndingWith<T>(db: Database, work: (tx: Transaction) => Promise<EndedTransaction<T>>): Promise<T> {
  let sent: Promise<unknown> | undefined;
  const result = await db.transaction(async (tx) => {
    const { result, last } = await work(tx);
    if (!last) return result;
    if (!pipelining.has(db)) {
      await last();
      return result;
    }
    sent = Promise.resolve(last());
    // Its error is read below, after the transaction has ended.
    sent.catch(() => {});
    // From here to postgres.js queueing the statement on the connection there are only
    // microtasks (drizzle's execute, the driver's query handling), which all run before this
    // callback does: the statement is queued, and the COMMIT the driver sends on return follows it.
    await new Promise((queued) => setImmediate(queued));
    return result;
  });
  if (sent) await sent;
  return result;
}
