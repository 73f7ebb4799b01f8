import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createContext, type RequestContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { RouteContextFactory, RouteRegistrar } from '../http/routes.ts';
import { anonymiseIp } from '../ip.ts';
import { registerContactRoutes } from './contact.ts';
import { html, sendPage } from './html.ts';
import { registerNewsletterRoutes } from './newsletter-routes.ts';
import { registerSelfServiceRoutes } from './self-service-routes.ts';

/** Routes that answer a person in a browser with a page rather than JSON. */
const pageRoutes = new Set(['/public/newsletter/confirm', '/public/newsletter/unsubscribe', '/min-konto', '/min-konto/download', '/min-konto/erase']);

/**
 * The website's endpoints: plain JSON under /public and the "Min konto" pages. They live in a
 * plugin scope of their own, so their small body limit, form parsing, rate limits and error
 * answers apply to them and not to the staff API.
 */
export const registerPublicRoutes: RouteRegistrar = (app, contextFor) => {
  void app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRoute', (route) => {
      route.bodyLimit ??= 64 * 1024;
    });
    await scope.register(fastifyFormbody);
    // RFC 8058 one-click posts may come as multipart; the token is in the URL, so the body is not read.
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'string' }, (_request, _body, done) => done(null, {}));
    await scope.register(fastifyRateLimit, {
      global: false,
      keyGenerator: (request) => anonymiseIp(request.ip) ?? 'unknown',
      errorResponseBuilder: (_request, context) => Object.assign(new Error('rate limited'), { statusCode: context.statusCode, retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
    });
    scope.setErrorHandler(publicErrorHandler);
    const publicContext = anonymousContextFactory(contextFor);
    registerNewsletterRoutes(scope, publicContext);
    registerContactRoutes(scope, publicContext);
    registerSelfServiceRoutes(scope, publicContext);
  });
};

/**
 * A request context without an actor: a public request never acts as staff, even when a
 * partner's session cookie happens to be in the same browser.
 */
function anonymousContextFactory(contextFor: RouteContextFactory): RouteContextFactory {
  return async (request, reply): Promise<RequestContext> => {
    const { loaders: _loaders, ...base } = await contextFor(request, reply);
    return createContext({ ...base, actor: null });
  };
}

function publicErrorHandler(error: FastifyError & { retryAfterSeconds?: number }, request: FastifyRequest, reply: FastifyReply) {
  const page = pageRoutes.has(request.routeOptions.url ?? '');
  if (error.statusCode === 429) {
    if (page) return sendPage(reply, 429, 'For mange forespørsler', html`<p>Vent litt og prøv igjen.</p>`);
    return reply.code(429).send({ error: 'Too many requests; try again later', code: 'TOO_MANY_REQUESTS', retryAfterSeconds: error.retryAfterSeconds });
  }
  if (error instanceof AppError && error.extensions.code === 'BAD_USER_INPUT') {
    const field = typeof error.extensions.field === 'string' ? error.extensions.field : undefined;
    return reply.code(400).send({ error: error.message, code: 'BAD_USER_INPUT', field });
  }
  if (error.statusCode === 413) return reply.code(413).send({ error: 'The request body is too large', code: 'BAD_USER_INPUT' });
  if (error.statusCode === 415) return reply.code(415).send({ error: 'Send the body as JSON or as a form', code: 'BAD_USER_INPUT' });
  throw error; // the server's own handler: mapped database errors, or a bare 500
}
