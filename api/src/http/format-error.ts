import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { FastifyBaseLogger } from 'fastify';
import { AppError, databaseUnavailable, isDatabaseUnavailable, mapDatabaseError, pgErrorOf } from '../errors.ts';

const passThroughCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * What a client may see of an error: our own AppErrors and GraphQL's request errors as they
 * are; database refusals as a stable code; anything else as a bare INTERNAL_SERVER_ERROR.
 * Never a stack trace, SQL text or a value from the request.
 */
export function createFormatError(log: FastifyBaseLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const { http: _http, ...extensions } = original.extensions; // a status for Apollo, not for the client
      return { message: original.message, path: formatted.path, extensions };
    }
    const mapped = mapDatabaseError(original);
    if (mapped) return { message: mapped.message, path: formatted.path, extensions: mapped.extensions };
    if (isDatabaseUnavailable(original)) {
      // Expected while PostgreSQL restarts: the client retries; no stack needed in the log.
      log.warn({ errorName: (original as Error | undefined)?.name, path: formatted.path }, 'database unavailable');
      const { message, extensions } = databaseUnavailable();
      return { message, path: formatted.path, extensions };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && passThroughCodes.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    // Log the kind of failure, not its message: a driver's message can quote the row's values.
    const failure = original instanceof Error ? original : undefined;
    // Frames only: a driver's message can span lines (drizzle's "Failed query: …\nparams: …").
    const frames = failure?.stack?.split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 5).join('\n');
    log.error({ errorName: failure?.name, pgCode: pgErrorOf(original)?.code, path: formatted.path, stack: frames }, 'resolver failed');
    return { message: 'Something went wrong on our side', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
