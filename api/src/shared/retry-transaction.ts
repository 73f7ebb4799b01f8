import type { Database, Transaction } from '@pvr/db';
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
export async function retryTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>, options: RetryTransactionOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const config = options.isolationLevel ? { isolationLevel: options.isolationLevel } : undefined;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction(work, config);
    } catch (error) {
      const code = pgErrorOf(error)?.code;
      if (!code || !retryableCodes.has(code)) throw error;
      if (options.ctx) releaseIdempotencyClaim(options.ctx);
      if (attempt >= attempts) throw retryableConflict();
      options.onRetry?.(attempt, code);
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
    }
  }
}

/** Full jitter on 10, 20, 40 … ms (at most 320): conflicting retries spread out instead of meeting again. */
const backoffMs = (attempt: number) => Math.random() * Math.min(320, 10 * 2 ** attempt);
