import { ApolloLink } from '@apollo/client';
import { ServerError, ServerParseError } from '@apollo/client/errors';
import { RetryLink } from '@apollo/client/link/retry';
import { catchError, finalize, map, of, throwError } from 'rxjs';
import { clearWaiting, markWaiting } from './service-status';

/** How long a query keeps trying while the API is away: a PostgreSQL restart takes seconds. */
export const retryBudgetMs = 30_000;
const firstWaitMs = 1_000;
const longestWaitMs = 8_000;
/** The API (503 with Retry-After) or a proxy in front of it while it restarts. */
const outageStatuses: ReadonlySet<number> = new Set([502, 503, 504]);

type Result = ApolloLink.Result;

/** The API's 503 in GraphQL form, as an error so that RetryLink (which retries errors only) sees it. */
export class UnavailableAnswer extends Error {
  constructor(
    readonly result: Result,
    readonly retryAfterMs: number | null,
  ) {
    super('Service unavailable');
    this.name = 'UnavailableAnswer';
  }
}

/** An answer without data whose every error is SERVICE_UNAVAILABLE: the API's rule for a 503. */
export function isUnavailableAnswer(result: Result): boolean {
  const errors = 'errors' in result ? result.errors : undefined;
  if (!errors?.length || !errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return false;
  const data = 'data' in result ? result.data : null;
  return !data || Object.values(data).every((value) => value === null);
}

/**
 * Whether a failed attempt is worth another. Queries only: a mutation is sent again by the
 * user, as only some carry an Idempotency-Key. Retried: the API's 503 and a proxy's 502/504
 * while it restarts, and no answer at all (fetch's TypeError). Never a 4xx, a 500 or a
 * GraphQL error other than SERVICE_UNAVAILABLE: trying again would only repeat them.
 */
export function isRetryable(operationType: string, error: unknown): boolean {
  if (operationType !== 'query') return false;
  if (error instanceof UnavailableAnswer) return true;
  if (ServerError.is(error) || ServerParseError.is(error)) return outageStatuses.has(error.statusCode);
  return error instanceof TypeError;
}

/** Retry-After in milliseconds: delay-seconds or an HTTP date (RFC 9110 § 10.2.3). */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/**
 * How long to wait before the next attempt, or null to give up: doubling from 1 s up to 8 s,
 * jittered so that dashboards that lost the API together do not return together, never
 * sooner than Retry-After, and never past the budget counted from the first failure.
 */
export function retryWait(attempt: number, retryAfterMs: number | null, elapsedMs: number, random: () => number = Math.random): number | null {
  const backoff = Math.min(longestWaitMs, firstWaitMs * 2 ** (attempt - 1));
  const wait = Math.round(Math.max(retryAfterMs ?? 0, backoff * (0.5 + random() / 2)));
  return elapsedMs + wait <= retryBudgetMs ? wait : null;
}

function retryAfterOf(error: unknown, nowMs: number): number | null {
  if (error instanceof UnavailableAnswer) return error.retryAfterMs;
  if (ServerError.is(error) || ServerParseError.is(error)) return parseRetryAfter(error.response.headers.get('retry-after'), nowMs);
  return null;
}

/**
 * Queries ride out a short outage: retried with backoff while the shell shows the outage
 * message; given up after the budget, the page gets the API's own answer and offers a retry.
 */
export function createRetryQueriesLink(now: () => number = Date.now): ApolloLink {
  const firstFailure = new WeakMap<ApolloLink.Operation, number>();
  const nextWait = new WeakMap<ApolloLink.Operation, number>();

  const settle = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      catchError((error: unknown) => (error instanceof UnavailableAnswer ? of(error.result) : throwError(() => error))),
      finalize(() => clearWaiting(operation)),
    ),
  );

  const retry = new RetryLink({
    attempts: (attempt, operation, error) => {
      if (!isRetryable(String(operation.operationType), error)) return false;
      const since = firstFailure.get(operation) ?? now();
      firstFailure.set(operation, since);
      const wait = retryWait(attempt, retryAfterOf(error, now()), now() - since);
      if (wait === null) return false;
      nextWait.set(operation, wait);
      markWaiting(operation);
      return true;
    },
    delay: (_attempt, operation) => nextWait.get(operation) ?? firstWaitMs,
  });

  const unavailableAsError = new ApolloLink((operation, forward) =>
    String(operation.operationType) !== 'query'
      ? forward(operation)
      : forward(operation).pipe(
          map((result) => {
            if (!isUnavailableAnswer(result)) return result;
            const response = (operation.getContext() as { response?: Response }).response;
            throw new UnavailableAnswer(result, parseRetryAfter(response?.headers.get('retry-after'), now()));
          }),
        ),
  );

  return ApolloLink.from([settle, retry, unavailableAsError]);
}
