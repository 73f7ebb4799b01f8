import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { schema, type Database, type Transaction } from '@pvr/db';
import { and, eq } from '@pvr/db/orm';
import type { RequestContext } from '../context.ts';
import { AppError, databaseUnavailable, isDatabaseUnavailable, pgErrorOf } from '../errors.ts';

/**
 * Idempotency keys for mutations (`Idempotency-Key` header), without touching any service:
 *
 * 1. This Apollo plugin notes the key, the caller's scope and a hash of the operation and its
 *    variables on the request, and answers a retry from the stored answer before executing.
 * 2. Every mutation's transaction writes an audit entry (`writeAudit`), which calls
 *    `claimIdempotencyKey` first: the key row is inserted in the SAME transaction as the work,
 *    so the work and the claim commit or roll back together — a retry can never do it twice.
 *    A concurrent duplicate waits on the unique index and is then refused.
 * 3. After a successful execution the answer is stored on the claimed row, before the client
 *    is answered: every acknowledged answer can be replayed (unless the database went away
 *    between the commit and this store: the caller still gets its answer, a retry a CONFLICT).
 * The same key with other input is refused with 409 / CONFLICT.
 */
type Pending = { scope: string; key: string; requestHash: string; claimed: boolean };
const pendingByRequest = new WeakMap<RequestContext, Pending>();

export const idempotencyHeader = 'idempotency-key';

export async function claimIdempotencyKey(tx: Transaction, ctx: RequestContext): Promise<void> {
  const pending = pendingByRequest.get(ctx);
  if (!pending || pending.claimed) return;
  const inserted = await tx
    .insert(schema.idempotencyKeys)
    .values({ scope: pending.scope, key: pending.key, requestHash: pending.requestHash, response: null })
    .onConflictDoNothing()
    .returning({ key: schema.idempotencyKeys.key });
  if (!inserted.length) throw duplicate();
  pending.claimed = true;
}

/** Whether this request still has an Idempotency-Key to claim with the next audit entry it writes. */
export function hasUnclaimedIdempotencyKey(ctx: RequestContext): boolean {
  const pending = pendingByRequest.get(ctx);
  return Boolean(pending && !pending.claimed);
}

/** A claim made in a transaction that rolled back is gone: the next attempt must claim again. */
export function releaseIdempotencyClaim(ctx: RequestContext): void {
  const pending = pendingByRequest.get(ctx);
  if (pending) pending.claimed = false;
}

const duplicate = () => new AppError('CONFLICT', 'This Idempotency-Key was already used for a request that is being or has been processed', { field: 'Idempotency-Key' });
const mismatch = () => new AppError('CONFLICT', 'This Idempotency-Key was already used with other input', { field: 'Idempotency-Key' });

function scopeOf(ctx: RequestContext): string {
  return ctx.actor ? `user:${ctx.actor.id}` : `public:${ctx.ipAnonymised ?? 'unknown'}`;
}

function errorResult(rc: GraphQLRequestContext<RequestContext>, error: AppError, status: number) {
  rc.response.http.status = status;
  return { http: rc.response.http, body: { kind: 'single' as const, singleResult: { errors: [{ message: error.message, extensions: error.extensions }] } } };
}

async function storedRow(db: Database, scope: string, key: string) {
  const [row] = await db
    .select({ requestHash: schema.idempotencyKeys.requestHash, response: schema.idempotencyKeys.response })
    .from(schema.idempotencyKeys)
    .where(and(eq(schema.idempotencyKeys.scope, scope), eq(schema.idempotencyKeys.key, key)));
  return row;
}

export function idempotencyPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          const raw = rc.request.http?.headers.get(idempotencyHeader);
          if (raw === undefined || raw === null || rc.operation?.operation !== 'mutation') return null;
          const key = raw.trim();
          if (key.length < 8 || key.length > 200 || !/^[\x21-\x7e]+$/.test(key)) {
            return errorResult(rc, new AppError('BAD_USER_INPUT', 'Idempotency-Key must be 8–200 visible ASCII characters', { field: 'Idempotency-Key' }), 400);
          }
          const ctx = rc.contextValue;
          const requestHash = createHash('sha256').update(JSON.stringify([rc.request.query ?? '', rc.request.operationName ?? null, rc.request.variables ?? {}])).digest('hex');
          const scope = scopeOf(ctx);
          let row: Awaited<ReturnType<typeof storedRow>>;
          try {
            row = await storedRow(ctx.db, scope, key);
          } catch (error) {
            // Apollo would log a driver error with its SQL and parameters: answer it here instead.
            // eslint-disable-next-line preserve-caught-error -- the cause quotes SQL and parameters
            if (!isDatabaseUnavailable(error)) throw new Error(`Idempotency-Key lookup failed (${pgErrorOf(error)?.code ?? 'no SQLSTATE'})`);
            rc.response.http.headers.set('retry-after', '1');
            return errorResult(rc, databaseUnavailable(), 503);
          }
          if (row && row.requestHash !== requestHash) return errorResult(rc, mismatch(), 409);
          if (row?.response) return { http: rc.response.http, body: { kind: 'single' as const, singleResult: row.response as Record<string, never> } };
          if (row) return errorResult(rc, duplicate(), 409);
          pendingByRequest.set(ctx, { scope, key, requestHash, claimed: false });
          return null;
        },
        async willSendResponse(rc) {
          const pending = pendingByRequest.get(rc.contextValue);
          if (!pending?.claimed || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          if (result.errors?.length) return;
          try {
            await rc.contextValue.db
              .update(schema.idempotencyKeys)
              .set({ response: { data: result.data } })
              .where(and(eq(schema.idempotencyKeys.scope, pending.scope), eq(schema.idempotencyKeys.key, pending.key)));
          } catch (error) {
            // The work has committed (the database went away just after): the caller still gets
            // its answer. A retry then finds the key taken without an answer and gets CONFLICT.
            rc.contextValue.request.log.warn({ pgCode: pgErrorOf(error)?.code, unavailable: isDatabaseUnavailable(error) }, 'idempotency answer not stored');
          }
        },
      };
    },
  };
}
