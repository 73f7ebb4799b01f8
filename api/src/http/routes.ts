import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext } from '../context.ts';

/** Builds the same request context GraphQL resolvers get, for a plain HTTP route. */
export type RouteContextFactory = (request: FastifyRequest, reply: FastifyReply) => Promise<RequestContext>;
export type RouteRegistrar = (app: FastifyInstance, contextFor: RouteContextFactory) => void;
