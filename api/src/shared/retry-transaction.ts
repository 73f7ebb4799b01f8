import { transactionEndingWith, type Database, type EndedTransaction, type Transaction } from '@pvr/db';
import type { RequestContext } from '../context.ts';
import { AppError, pgErrorOf } from '../errors.ts';
import { releaseIdempotencyClaim } from '../http/idempotency.ts';

/**
 * SQLSTATEs after which PostgreSQL has rolled the whole transaction back and running it again
 * from the start is safe: serialization failure and deadlock. Nothing else is retried.
 */
const retryableCodes = new Set(['40001', '40P01']);

export type RetryTransactionOptions = {
  isolationLevel?: 'read committed' | 'repeatable read' | 'serializable';
  /** Attempts in all, the first included (default 4). */
  attempts?: number;
  /** The request whose Idempotency-Key claim rolled back with a failed attempt. */
  ctx?: RequestContext;
  /** Told of each retry (tests count them). */
  onRetry?: (attempt: number, code: string) => void;
};

export const retryableConflict = () => new AppError('CONFLICT', 'The record changed at the same time; try again', { retryable: true });

/**
 * Runs `work` in a transaction, and again (up to `attempts` in all, with jittered exponential
 * backoff) when PostgreSQL aborts it with a serialization failure or a deadlock. `work` must do
 * nothing but database work: it may run more than once. Gives up with a CONFLICT the client
 * can act on, never the driver's error (which can quote SQL and values).
 */
export function retryTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>, options: RetryTransactionOptions = {}): Promise<T> {
  const config = options.isolationLevel ? { isolationLevel: options.isolationLevel } : undefined;
  return retrying(() => db.transaction(work, config), options);
}

/**
 * `retryTransaction` for a transaction whose last statement (a mutation's audit insert) goes out
 * with its COMMIT (`transactionEndingWith`); read committed.
 */
export function retryTransactionEndingWith<T>(
  db: Database,
  work: (tx: Transaction) => Promise<EndedTransaction<T>>,
  options: Omit<RetryTransactionOptions, 'isolationLevel'> = {},
): Promise<T> {
  return retrying(() => transactionEndingWith(db, work), options);
}

async function retrying<T>(attempt: () => Promise<T>, options: RetryTransactionOptions): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 4);
  for (let tried = 1; ; tried += 1) {
    try {
      return await attempt();
    } catch (error) {
      const code = pgErrorOf(error)?.code;
      if (!code || !retryableCodes.has(code)) throw error;
      if (options.ctx) releaseIdempotencyClaim(options.ctx);
      if (tried >= attempts) throw retryableConflict();
      options.onRetry?.(tried, code);
      await new Promise((resolve) => setTimeout(resolve, backoffMs(tried)));
    }
  }
}

/** Full jitter on 10, 20, 40 … ms (at most 320): conflicting retries spread out instead of meeting again. */
const backoffMs = (attempt: number) => Math.random() * Math.min(320, 10 * 2 ** attempt);
