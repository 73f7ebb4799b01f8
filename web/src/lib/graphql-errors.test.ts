import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError, hasErrorCode } from './graphql-errors';

const graphQLError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'from the API', extensions }] });

describe('describeError', () => {
  it('names the field the API refused', () => {
    expect(describeError(graphQLError({ code: 'BAD_USER_INPUT', field: 'email' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('speaks Norwegian, whatever the API said', () => {
    expect(describeError(graphQLError({ code: 'FORBIDDEN' })).message).toBe('Du har ikke tilgang til dette.');
  });

  it('says how long to wait after too many attempts', () => {
    expect(describeError(graphQLError({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 600 })).message).toContain('10 minutter');
  });

  it('treats an unknown code as our fault, not the user’s', () => {
    expect(describeError(graphQLError({ code: 'SOMETHING_NEW' })).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('tells a server failure from a network failure', () => {
    const response = new Response('', { status: 502 });
    expect(describeError(new ServerError('bad gateway', { response, bodyText: '' })).code).toBe('INTERNAL_SERVER_ERROR');
    expect(describeError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('tells a brief outage (503, the database restarting) from a failure', () => {
    const response = new Response('', { status: 503 });
    expect(describeError(new ServerError('unavailable', { response, bodyText: '' })).code).toBe('SERVICE_UNAVAILABLE');
    expect(describeError(graphQLError({ code: 'SERVICE_UNAVAILABLE' })).message).toContain('midlertidig');
  });
});

describe('hasErrorCode', () => {
  it('finds a code among several errors', () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'a' }, { message: 'b', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(new TypeError('x'), 'UNAUTHENTICATED')).toBe(false);
  });
});
