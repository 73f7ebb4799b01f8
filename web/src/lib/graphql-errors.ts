import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { i18next } from './i18n';

/** The stable codes the API puts in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'REAUTHENTICATION_REQUIRED'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

const codes: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'REAUTHENTICATION_REQUIRED',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

/** In the language chosen now, not the one at import time. */
const message = (code: ErrorCode | 'NETWORK') => i18next.t(`errors.${code}`);

export type GraphQLErrorInfo = { code: ErrorCode | 'NETWORK'; field: string | null; message: string };

/** The API's first error in a form the UI can act on: a code, the field at fault, a message in the user's language. */
export function describeError(error: unknown): GraphQLErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = knownCode(first?.extensions?.code);
    const field = first?.extensions?.field;
    return { code, field: typeof field === 'string' && field ? field : null, message: messageFor(code, first?.extensions) };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    // 503: the database is briefly away (restart, failover); the API says so, and trying again helps.
    const code = error.statusCode === 503 ? 'SERVICE_UNAVAILABLE' : error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK';
    return { code, field: null, message: message(code) };
  }
  return { code: 'NETWORK', field: null, message: message('NETWORK') };
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

function messageFor(code: ErrorCode, extensions: Record<string, unknown> | undefined): string {
  const retryAfter = extensions?.retryAfterSeconds;
  if (code === 'TOO_MANY_REQUESTS' && typeof retryAfter === 'number' && retryAfter > 0) {
    return i18next.t('errors.tooManyMinutes', { count: Math.ceil(retryAfter / 60) });
  }
  return message(code);
}

function knownCode(code: unknown): ErrorCode {
  return typeof code === 'string' && codes.has(code) ? (code as ErrorCode) : 'INTERNAL_SERVER_ERROR';
}
