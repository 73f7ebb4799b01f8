import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { withStatementCounter, type DatabaseHandle } from '@pvr/db';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { sessionTokenOf } from './auth/cookie.ts';
import { resolveSession } from './auth/sessions.ts';
import { createLoginThrottle } from './auth/throttle.ts';
import type { Config } from './config.ts';
import { createContext, type RequestContext } from './context.ts';
import { featureRoutes } from './features/index.ts';
import { jitGateway } from './graphql/jit-gateway.ts';
import { createArmor, parseOptions } from './graphql/limits.ts';
import { buildSchema } from './graphql/schema.ts';
import { databaseUnavailablePlugin, rethrowUnavailable } from './http/database-unavailable.ts';
import { createFormatError } from './http/format-error.ts';
import { idempotencyPlugin } from './http/idempotency.ts';
import { routeErrorReply } from './http/route-errors.ts';
import { anonymiseIp } from './ip.ts';
import { loggerOptions } from './logger.ts';
import { registerMailSender } from './mail/sender.ts';

export type ServerOptions = { database: DatabaseHandle; config: Config };

/** The one HTTP server: GraphQL, file downloads, health checks and (in production) the dashboard. */
export async function buildServer({ database, config }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 16 * 1024 * 1024,
    // Only named proxies are believed; otherwise X-Forwarded-For could forge the IP that
    // rate limits and consent evidence rely on.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
  });
  await app.register(fastifyCookie);
  countStatementsPerRequest(app, config);
  // The request id names the request in the logs and the audit log; the client may quote it.
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Set before any route is registered, so every route (Apollo's too) inherits it.
  app.setErrorHandler((error, request, reply) => {
    const known = routeErrorReply(error);
    if (known) {
      if (known.retryAfterSeconds) reply.header('retry-after', String(known.retryAfterSeconds));
      return reply.code(known.status).send(known.body);
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500) return reply.code(status).send({ error: 'Bad request' });
    request.log.error({ errorName: (error as Error).name }, 'request failed');
    return reply.code(500).send({ error: 'Something went wrong on our side' });
  });

  const loginThrottle = createLoginThrottle(database.db, config.secretKey);
  const contextFor = async (request: FastifyRequest, reply: FastifyReply): Promise<RequestContext> => {
    const token = sessionTokenOf(request, config.cookie);
    const actor = token ? await resolveSession(database.db, token, config.session).catch(rethrowUnavailable) : null;
    return createContext({
      db: database.db,
      config,
      secretKey: config.secretKey,
      actor,
      requestId: request.id,
      ipAnonymised: anonymiseIp(request.ip),
      loginThrottle,
      request,
      reply,
    });
  };

  const armor = createArmor();
  const apollo = new ApolloServer<RequestContext>({
    gateway: jitGateway(buildSchema()),
    validationRules: armor.validationRules,
    parseOptions,
    formatError: createFormatError(app.log),
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The dashboard sends whole documents; automatic persisted queries only add a cache a
    // stranger could fill and error paths without a stable code.
    persistedQueries: false,
    // Apollo installs its cache-control plugin by default: a hook on every resolved field, for
    // HTTP cache hints this API never sends (every answer is private). Off: less CPU per row.
    plugins: [...armor.plugins, idempotencyPlugin(), databaseUnavailablePlugin(), fastifyApolloDrainPlugin(app), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), { context: contextFor, path: '/graphql', method: ['GET', 'POST', 'OPTIONS'] });

  for (const register of featureRoutes) register(app, contextFor);
  registerMailSender(app, database.db, config);

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await withTimeout(database.ping(), 2_000);
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database unavailable' });
    }
  });

  await serveDashboard(app, config);
  return app;
}

/** In production the built dashboard is served by this same process, from one origin. */
async function serveDashboard(app: FastifyInstance, config: Config): Promise<void> {
  const root = resolve(config.webDist ?? fileURLToPath(new URL('../../web/dist', import.meta.url)));
  if (config.env !== 'production' || !existsSync(root)) return;
  await app.register(fastifyStatic, { root, wildcard: false, maxAge: '1h', immutable: false });
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !/^\/(graphql|files|healthz|readyz)/.test(request.url);
    if (isPage) return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    return reply.code(404).send({ error: 'Not found' });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolvePromise(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error('failed'));
      },
    );
  });
}

/**
 * Counts the SQL statements each request sends, for the N+1 tests and the benchmark: exposed
 * as `x-sql-statements` outside production (or with EXPOSE_STATEMENT_COUNT=1).
 */
function countStatementsPerRequest(app: FastifyInstance, config: Config): void {
  const counters = new WeakMap<FastifyRequest, { statements: number }>();
  app.addHook('onRequest', (request, _reply, done) => {
    const counter = { statements: 0 };
    counters.set(request, counter);
    withStatementCounter(counter, done);
  });
  if (config.env === 'production' && process.env.EXPOSE_STATEMENT_COUNT !== '1') return;
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-sql-statements', String(counters.get(request)?.statements ?? 0));
  });
}
