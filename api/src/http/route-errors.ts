import { AppError, databaseUnavailable, isDatabaseUnavailable, mapDatabaseError } from '../errors.ts';

export type RouteErrorReply = { status: number; body: { error: string; code: string }; retryAfterSeconds?: number };

const statusOf: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429, SERVICE_UNAVAILABLE: 503 };

/**
 * What a plain HTTP route (downloads, uploads, /public/*) answers for an error it throws: the
 * stable code and message of a known error, never its SQL or values. While PostgreSQL is away
 * the answer is 503 with Retry-After, as /graphql and /readyz give, not a 500. Null: an
 * unexpected fault, for the caller to log and answer 500.
 */
export function routeErrorReply(error: unknown): RouteErrorReply | null {
  const known = isDatabaseUnavailable(error) ? databaseUnavailable() : error instanceof AppError ? error : mapDatabaseError(error);
  if (!known) return null;
  const code = String(known.extensions.code);
  const status = statusOf[code] ?? 400;
  return { status, body: { error: known.message, code }, ...(status === 503 ? { retryAfterSeconds: 1 } : {}) };
}
