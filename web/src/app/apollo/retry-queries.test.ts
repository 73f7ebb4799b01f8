import { ApolloLink, type ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { parse } from 'graphql';
import { Observable } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRetryQueriesLink, isRetryable, isUnavailableAnswer, parseRetryAfter, retryBudgetMs, retryWait, UnavailableAnswer } from './retry-queries';
import { isServiceWaiting } from './service-status';

const serverError = (status: number, headers: Record<string, string> = {}) =>
  new ServerError('failed', { response: new Response('', { status, headers }), bodyText: '' });
const unavailable = { data: null, errors: [{ message: 'Service unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }] };

describe('which failures a request tries again', () => {
  it('retries a query while the API is away: its 503, a proxy’s 502/504, or no answer at all', () => {
    expect(isRetryable('query', new UnavailableAnswer(unavailable, 1000))).toBe(true);
    expect(isRetryable('query', serverError(503, { 'retry-after': '1' }))).toBe(true);
    expect(isRetryable('query', serverError(502))).toBe(true);
    expect(isRetryable('query', serverError(504))).toBe(true);
    expect(isRetryable('query', new TypeError('Failed to fetch'))).toBe(true);
  });

  it('never retries a mutation: the user sends it again', () => {
    expect(isRetryable('mutation', new UnavailableAnswer(unavailable, 1000))).toBe(false);
    expect(isRetryable('mutation', serverError(503))).toBe(false);
    expect(isRetryable('mutation', new TypeError('Failed to fetch'))).toBe(false);
  });

  it('never retries what another attempt would only repeat: 4xx, 500, GraphQL errors', () => {
    for (const status of [400, 401, 403, 404, 413, 429, 500]) expect(isRetryable('query', serverError(status)), String(status)).toBe(false);
    expect(isRetryable('query', new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }))).toBe(false);
    expect(isRetryable('query', new DOMException('aborted', 'AbortError'))).toBe(false);
  });

  it('knows the API’s 503 in GraphQL form: no data, every error SERVICE_UNAVAILABLE', () => {
    expect(isUnavailableAnswer(unavailable)).toBe(true);
    expect(isUnavailableAnswer({ data: { me: null }, errors: unavailable.errors })).toBe(true);
    expect(isUnavailableAnswer({ data: { me: { id: '1' } }, errors: unavailable.errors })).toBe(false);
    expect(isUnavailableAnswer({ errors: [...unavailable.errors, { message: 'x', extensions: { code: 'NOT_FOUND' } }] })).toBe(false);
    expect(isUnavailableAnswer({ data: { me: null } })).toBe(false);
  });
});

describe('how long it waits', () => {
  const now = Date.parse('2026-11-29T10:00:00Z');

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('1', now)).toBe(1000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('doubles from 1 s to at most 8 s, jittered down by at most half', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6].map((attempt) => retryWait(attempt, null, 0, top))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(retryWait(3, null, 0, () => 0)).toBe(2000);
  });

  it('never comes back sooner than Retry-After', () => {
    expect(retryWait(1, 3000, 0, () => 0)).toBe(3000);
    expect(retryWait(4, 1000, 0, () => 0)).toBe(4000);
  });

  it('gives up once the next wait would pass the budget', () => {
    expect(retryWait(6, null, retryBudgetMs - 8000, () => 0.999999)).toBe(8000);
    expect(retryWait(6, null, retryBudgetMs - 7999, () => 0.999999)).toBeNull();
    expect(retryWait(1, 60_000, 0)).toBeNull();
  });
});

describe('the retry link', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-29T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  const client = {} as ApolloClient;
  const query = parse('query Me { me { id } }');
  const mutation = parse('mutation Logout { logout }');

  /** A terminating link that answers from a script, one answer per attempt. */
  function scripted(answers: (() => ApolloLink.Result | Error)[]) {
    let attempts = 0;
    const link = new ApolloLink(
      (operation) =>
        new Observable<ApolloLink.Result>((observer) => {
          const answer = (answers[attempts] ?? answers.at(-1))!();
          attempts += 1;
          if (answer instanceof Error) return observer.error(answer);
          operation.setContext({ response: new Response('', { status: answer.errors ? 503 : 200, headers: { 'retry-after': '1' } }) });
          observer.next(answer);
          observer.complete();
        }),
    );
    return { link, attempts: () => attempts };
  }

  function run(document: typeof query, answers: (() => ApolloLink.Result | Error)[]) {
    const server = scripted(answers);
    const seen: { results: ApolloLink.Result[]; error: unknown; done: boolean } = { results: [], error: null, done: false };
    ApolloLink.execute(ApolloLink.from([createRetryQueriesLink(), server.link]), { query: document }, { client }).subscribe({
      next: (result) => seen.results.push(result),
      error: (error: unknown) => (seen.error = error),
      complete: () => (seen.done = true),
    });
    return { seen, attempts: server.attempts };
  }

  it('retries a query through a 503 and a dropped connection, shows the outage meanwhile, and recovers', async () => {
    const { seen, attempts } = run(query, [() => unavailable, () => new TypeError('Failed to fetch'), () => ({ data: { me: { id: 'u1' } } })]);
    expect(attempts()).toBe(1);
    expect(isServiceWaiting()).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attempts()).toBe(3);
    expect(seen).toEqual({ results: [{ data: { me: { id: 'u1' } } }], error: null, done: true });
    expect(isServiceWaiting()).toBe(false);
  });

  it('gives the page the API’s own 503 answer once the budget is spent', async () => {
    const { seen, attempts } = run(query, [() => unavailable]);
    await vi.advanceTimersByTimeAsync(retryBudgetMs + 10_000);
    expect(attempts()).toBeGreaterThanOrEqual(5);
    expect(attempts()).toBeLessThanOrEqual(9);
    expect(seen).toEqual({ results: [unavailable], error: null, done: true });
    expect(isServiceWaiting()).toBe(false);
  });

  it('sends a mutation once, whatever the answer', async () => {
    const answered = run(mutation, [() => unavailable, () => ({ data: { logout: true } })]);
    const dropped = run(mutation, [() => new TypeError('Failed to fetch'), () => ({ data: { logout: true } })]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(answered.attempts()).toBe(1);
    expect(answered.seen.results).toEqual([unavailable]);
    expect(dropped.attempts()).toBe(1);
    expect(dropped.seen.error).toBeInstanceOf(TypeError);
    expect(isServiceWaiting()).toBe(false);
  });

  it('does not retry a query the API refused', async () => {
    const { seen, attempts } = run(query, [() => serverError(400), () => ({ data: { me: null } })]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attempts()).toBe(1);
    expect(ServerError.is(seen.error)).toBe(true);
  });
});
