import { asc, eq } from '@pvr/db/orm';
import { schema } from '@pvr/db';
import { writeAudit } from '../../audit/audit.ts';
import { clearSessionCookie, setSessionCookie } from '../../auth/cookie.ts';
import { verifyPassword } from '../../auth/password.ts';
import { endSession, startSession } from '../../auth/sessions.ts';
import type { RequestContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { loginInput } from './users.inputs.ts';

const publicColumns = {
  id: schema.users.id,
  fullName: schema.users.fullName,
  email: schema.users.email,
  title: schema.users.title,
  role: schema.users.role,
};

export type UserRow = { id: string; fullName: string; email: string; title: string | null; role: 'partner' | 'staff' | 'auditor' };

const invalidLogin = () => new AppError('UNAUTHENTICATED', 'Wrong email or password');

/** Checks the password, starts a fresh session (new id) and sets its cookie. */
export async function loginUser(ctx: RequestContext, rawInput: unknown): Promise<UserRow> {
  const input = parseInput(loginInput, rawInput);
  const [user] = await ctx.db
    .select({ ...publicColumns, passwordHash: schema.users.passwordHash, status: schema.users.status })
    .from(schema.users)
    .where(eq(schema.users.email, input.email));
  const passwordOk = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordOk || user.status !== 'active') throw invalidLogin();
  if (ctx.actor) await endSession(ctx.db, ctx.actor.sessionId);
  const session = await startSession(ctx.db, user.id, ctx.config.session, ctx.ipAnonymised);
  ctx.actor = { id: user.id, role: user.role, sessionId: session.sessionId, reauthenticatedAt: new Date() };
  await ctx.db.transaction(async (tx) => {
    await tx.update(schema.users).set({ lastLoginAt: new Date() }).where(eq(schema.users.id, user.id));
    await writeAudit(tx, ctx, { action: 'user.login', entityType: 'user', entityId: user.id });
  });
  setSessionCookie(ctx.reply, ctx.config.cookie, session.token, session.expiresAt);
  const { passwordHash: _hash, status: _status, ...publicUser } = user;
  return publicUser;
}

export async function logoutUser(ctx: RequestContext): Promise<boolean> {
  if (ctx.actor) {
    await endSession(ctx.db, ctx.actor.sessionId);
    await ctx.db.transaction((tx) => writeAudit(tx, ctx, { action: 'user.logout', entityType: 'user', entityId: ctx.actor?.id ?? null }));
    ctx.actor = null;
  }
  clearSessionCookie(ctx.reply, ctx.config.cookie);
  return true;
}

export async function currentUser(ctx: RequestContext): Promise<UserRow | null> {
  if (!ctx.actor) return null;
  const [user] = await ctx.db.select(publicColumns).from(schema.users).where(eq(schema.users.id, ctx.actor.id));
  return user ?? null;
}

export async function listUsers(ctx: RequestContext): Promise<UserRow[]> {
  return ctx.db.select(publicColumns).from(schema.users).where(eq(schema.users.status, 'active')).orderBy(asc(schema.users.fullName));
}
