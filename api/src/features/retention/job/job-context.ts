import type { Database } from '@pvr/db';
import type { Config } from '../../../config.ts';
import { createContext, type Actor, type ContextBase, type RequestContext } from '../../../context.ts';

export type JobEnvironment = {
  db: Database;
  config: Config;
  /** Who started the run; null for the schedule and the CLI. */
  actor?: Actor | null;
  ipAnonymised?: string | null;
  /** The HTTP request that started it, so its audit entries carry that request's id. */
  requestId?: string;
};

/**
 * The context the job's service calls and audit entries see. There is no HTTP request behind a
 * scheduled or CLI run: the request id names the run instead, so the audit log ties every
 * entry to its run report, and nothing that needs a request (cookies, login throttle) is used.
 */
export function jobContext(env: JobEnvironment, runId: string): RequestContext {
  return systemContext(env, env.requestId ?? `retention-run:${runId}`);
}

/** The same for other work the server does by itself (start-up, the schedule's task upkeep). */
export function systemContext(env: JobEnvironment, requestId: string): RequestContext {
  const base = {
    db: env.db,
    config: env.config,
    secretKey: env.config.secretKey,
    actor: env.actor ?? null,
    requestId,
    ipAnonymised: env.ipAnonymised ?? null,
  };
  return createContext(base as ContextBase);
}
