import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** The stable codes the API puts in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'REAUTHENTICATION_REQUIRED'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

const messages: Record<ErrorCode | 'NETWORK', string> = {
  BAD_USER_INPUT: 'Noe av det som ble fylt inn, ble ikke godtatt. Sjekk feltene og prøv igjen.',
  UNAUTHENTICATED: 'Du er ikke logget inn. Logg inn for å fortsette.',
  FORBIDDEN: 'Du har ikke tilgang til dette.',
  NOT_FOUND: 'Fant ikke det du ba om. Det kan være slettet.',
  CONFLICT: 'Dette kolliderer med noe som finnes eller ble endret samtidig. Last inn på nytt og prøv igjen.',
  REAUTHENTICATION_REQUIRED: 'Bekreft passordet ditt for å fortsette.',
  TOO_MANY_REQUESTS: 'For mange forsøk. Vent litt og prøv igjen.',
  INTERNAL_SERVER_ERROR: 'Noe gikk galt hos oss. Prøv igjen om litt.',
  NETWORK: 'Får ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.',
};

export type GraphQLErrorInfo = { code: ErrorCode | 'NETWORK'; field: string | null; message: string };

/** The API's first error in a form the UI can act on: a code, the field at fault, a Norwegian message. */
export function describeError(error: unknown): GraphQLErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = knownCode(first?.extensions?.code);
    const field = first?.extensions?.field;
    return { code, field: typeof field === 'string' && field ? field : null, message: messageFor(code, first?.extensions) };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    const code = error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK';
    return { code, field: null, message: messages[code] };
  }
  return { code: 'NETWORK', field: null, message: messages.NETWORK };
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

function messageFor(code: ErrorCode, extensions: Record<string, unknown> | undefined): string {
  const retryAfter = extensions?.retryAfterSeconds;
  if (code === 'TOO_MANY_REQUESTS' && typeof retryAfter === 'number' && retryAfter > 0) {
    const minutes = Math.ceil(retryAfter / 60);
    return `For mange mislykkede forsøk. Prøv igjen om ${minutes === 1 ? 'ett minutt' : `${minutes} minutter`}.`;
  }
  return messages[code];
}

function knownCode(code: unknown): ErrorCode {
  return typeof code === 'string' && Object.hasOwn(messages, code) && code !== 'NETWORK' ? (code as ErrorCode) : 'INTERNAL_SERVER_ERROR';
}
