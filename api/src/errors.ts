import { GraphQLError } from 'graphql';

/** Stable codes a client can rely on in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'REAUTHENTICATION_REQUIRED'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** An error whose message is safe to show to the caller: never personal data, SQL or stacks. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', message, { field });
export const notFound = (entity: string) => new AppError('NOT_FOUND', `${entity} not found`, { entity });
export const forbidden = (message = 'You may not do this') => new AppError('FORBIDDEN', message);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Sign in to continue');
export const conflict = (message: string, field?: string) =>
  new AppError('CONFLICT', message, field ? { field } : {});

type PgError = { code?: string; constraint_name?: string; constraint?: string };

/** The PostgreSQL error under a drizzle error (drizzle wraps it in `cause`). */
export function pgErrorOf(error: unknown): PgError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const candidate = current as PgError & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/**
 * True when the database is not there (stopped, restarting, unreachable): the driver's own
 * connection codes, the socket's, and PostgreSQL's shutdown (57P01–57P03) and connection (08…)
 * classes. Worth a retry shortly; not a fault in the request or in this code.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^(CONNECTION_|CONNECT_TIMEOUT$|ECONNREFUSED$|ECONNRESET$|EPIPE$|ETIMEDOUT$|57P0[123]$|08)/.test(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export const databaseUnavailable = () => new AppError('SERVICE_UNAVAILABLE', 'The database is unavailable right now; try again shortly', { retryable: true });

/**
 * Turns a database refusal into an error the caller can act on. The constraint name says
 * which field was at fault; the message never carries the SQL or the values.
 */
export function mapDatabaseError(error: unknown): AppError | undefined {
  const pg = pgErrorOf(error);
  if (!pg) return undefined;
  const constraint = pg.constraint_name ?? pg.constraint ?? '';
  switch (pg.code) {
    case '23505':
      return conflict('A record with this value already exists', fieldOfConstraint(constraint));
    case '23503':
      return new AppError('BAD_USER_INPUT', 'A referenced record does not exist', { field: fieldOfConstraint(constraint) });
    case '23514':
    case '23502':
    case '22001':
    case '22P02':
    case '22007':
    case '22008':
      return new AppError('BAD_USER_INPUT', 'The value was refused by a data rule', { field: fieldOfConstraint(constraint), rule: constraint || undefined });
    case 'PV001':
    case 'PV002':
      return forbidden('This history is append-only and cannot be changed');
    case '40001':
    case '40P01':
      return conflict('The record changed at the same time; try again');
    default:
      return undefined;
  }
}

/** `candidates_email_key` → `email`: constraint names follow `<table>_<field>_<kind>`. */
function fieldOfConstraint(constraint: string): string | undefined {
  const match = /^[a-z]+(?:_[a-z]+)*?_(email|phone|reference|name|version|category|full_name|title|client_name)(?:_[a-z]+)?$/.exec(constraint);
  return match?.[1];
}
