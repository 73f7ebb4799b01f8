import type { RequestContext } from '../context.ts';
import { AppError, unauthenticated } from '../errors.ts';

/** How recent a password check must be for sensitive actions (erasure, role changes, bulk export). */
export const reauthWindowMs = 5 * 60_000;

/** Throws REAUTHENTICATION_REQUIRED unless the actor re-entered their password within the window. */
export function requireRecentAuthentication(ctx: RequestContext): void {
  if (!ctx.actor) throw unauthenticated();
  if (Date.now() - ctx.actor.reauthenticatedAt.getTime() > reauthWindowMs) {
    throw new AppError('REAUTHENTICATION_REQUIRED', 'Confirm your password to do this', { windowMinutes: reauthWindowMs / 60_000 });
  }
}
