import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { FastifyBaseLogger } from 'fastify';
import { AppError, mapDatabaseError, pgErrorOf } from '../errors.ts';

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
    if (original instanceof AppError) return { message: original.message, path: formatted.path, extensions: original.extensions };
    const mapped = mapDatabaseError(original);
    if (mapped) return { message: mapped.message, path: formatted.path, extensions: mapped.extensions };
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && passThroughCodes.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    // Log the kind of failure, not its message: a driver's message can quote the row's values.
    const failure = original instanceof Error ? original : undefined;
    log.error({ errorName: failure?.name, pgCode: pgErrorOf(original)?.code, path: formatted.path, stack: failure?.stack?.split('\n').slice(1, 6).join('\n') }, 'resolver failed');
    return { message: 'Something went wrong on our side', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
