import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.ts';
import { AppError, databaseUnavailable, isDatabaseUnavailable } from '../errors.ts';

/**
 * While PostgreSQL is away (restart, failover) the API answers 503 with Retry-After, like
 * /readyz, instead of 500: the client retries (a write with the same Idempotency-Key) and
 * a load balancer sees a pause, not a fault.
 */
const retryAfterSeconds = '1';

/** For the context function: a session lookup that failed for want of a database becomes a 503. */
export function rethrowUnavailable(error: unknown): never {
  if (!isDatabaseUnavailable(error)) throw error;
  const { message, extensions } = databaseUnavailable();
  // Apollo takes the status of a failed context from `extensions.http` and leaves it out of the answer.
  throw new AppError('SERVICE_UNAVAILABLE', message, { ...extensions, http: { status: 503, headers: new Map([['retry-after', retryAfterSeconds]]) } });
}

/** An answer without data whose every error is SERVICE_UNAVAILABLE goes out as 503. */
export function databaseUnavailablePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || (data && Object.values(data).some((value) => value !== null))) return;
          if (!errors.every((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', retryAfterSeconds);
        },
      };
    },
  };
}
