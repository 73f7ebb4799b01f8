import type { Database } from '@pvr/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoginThrottle } from './auth/throttle.ts';
import type { Config } from './config.ts';
import type { UserRole } from '@pvr/db/schema';
import type { UserRow } from './features/users/users.service.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export type Actor = {
  id: string;
  role: UserRole;
  sessionId: string;
  reauthenticatedAt: Date;
  /**
   * The actor's own public user row, read with the session: a note they just logged, or any
   * other field that names them, needs no read of its own (`usersById`).
   */
  profile?: UserRow;
};

/** Everything a resolver or service verb may use for one request. */
export type RequestContext = {
  db: Database;
  config: Config;
  secretKey: Buffer;
  actor: Actor | null;
  requestId: string;
  ipAnonymised: string | null;
  loaders: Loaders;
  loginThrottle: LoginThrottle;
  request: FastifyRequest;
  reply: FastifyReply;
};

export type ContextBase = Omit<RequestContext, 'loaders'>;

export function createContext(base: ContextBase): RequestContext {
  const ctx = { ...base } as RequestContext;
  ctx.loaders = createLoaders(ctx);
  return ctx;
}

/** The signed-in actor, or an UNAUTHENTICATED error (the access directive checks first). */
export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error('requireActor called on an anonymous request');
  return ctx.actor;
}
