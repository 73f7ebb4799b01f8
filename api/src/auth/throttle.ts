import { createHmac } from 'node:crypto';
import type { Database } from '@pvr/db';
import { schema } from '@pvr/db';
import { RateLimiterDrizzle, type RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors.ts';

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

/** Failed logins allowed per account and per network (/24 or /48) before a pause. */
export const throttleLimits = { perAccount: 5, perNetwork: 30, windowSeconds: 15 * 60 } as const;

/**
 * Login throttling with rate-limiter-flexible, counted in PostgreSQL so all API processes
 * share it. Only failures count; a success clears the account's counter. Keys are keyed
 * hashes: the table never holds an email or an IP.
 */
export function createLoginThrottle(db: Database, secretKey: Buffer) {
  const common = { storeClient: db, schema: schema.rateLimits, duration: throttleLimits.windowSeconds, clearExpiredByTimeout: false };
  const perAccount = new RateLimiterDrizzle({ ...common, keyPrefix: 'login-account', points: throttleLimits.perAccount });
  const perNetwork = new RateLimiterDrizzle({ ...common, keyPrefix: 'login-network', points: throttleLimits.perNetwork });
  const keyOf = (kind: string, value: string) => createHmac('sha256', secretKey).update(`${kind}:${value}`).digest('base64url');

  return {
    /** Throws TOO_MANY_REQUESTS when this account or network has failed too often lately. */
    async assertAllowed(email: string, network: string | null): Promise<void> {
      const [account, net] = await Promise.all([
        perAccount.get(keyOf('account', email)),
        network ? perNetwork.get(keyOf('network', network)) : null,
      ]);
      const blocked = [account, net].filter((r): r is RateLimiterRes => r !== null && r.remainingPoints <= 0);
      if (blocked.length > 0) {
        const retryAfterSeconds = Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
        throw new AppError('TOO_MANY_REQUESTS', 'Too many failed sign-in attempts; try again later', { retryAfterSeconds });
      }
    },
    async recordFailure(email: string, network: string | null): Promise<void> {
      await Promise.all([
        perAccount.penalty(keyOf('account', email)),
        network ? perNetwork.penalty(keyOf('network', network)) : null,
      ]);
    },
    async recordSuccess(email: string): Promise<void> {
      await perAccount.delete(keyOf('account', email));
    },
  };
}
