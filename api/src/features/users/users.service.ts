import { and, asc, eq, ne, sql } from '@pvr/db/orm';
import { schema } from '@pvr/db';
import { writeAudit } from '../../audit/audit.ts';
import { clearSessionCookie, setSessionCookie } from '../../auth/cookie.ts';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { requireRecentAuthentication } from '../../auth/reauth.ts';
import { endSession, startSession } from '../../auth/sessions.ts';
import { requireActor, type RequestContext } from '../../context.ts';
import { AppError, badInput, conflict, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { changePasswordInput, createUserInput, loginInput, reauthenticateInput, setUserRoleInput, userIdInput } from './users.inputs.ts';

const { users, sessions } = schema;
const publicColumns = { id: users.id, fullName: users.fullName, email: users.email, title: users.title, role: users.role, status: users.status };
export type UserRow = { id: string; fullName: string; email: string; title: string | null; role: 'partner' | 'staff' | 'auditor'; status: 'active' | 'disabled' };

/** One answer for an unknown email, a wrong password and a disabled account. */
const invalidLogin = () => new AppError('UNAUTHENTICATED', 'Wrong email or password');

/** Checks the password (throttled per account and network), starts a fresh session and sets its cookie. */
export async function loginUser(ctx: RequestContext, rawInput: unknown): Promise<UserRow> {
  const input = parseInput(loginInput, rawInput);
  await ctx.loginThrottle.assertAllowed(input.email, ctx.ipAnonymised);
  const [user] = await ctx.db.select({ ...publicColumns, passwordHash: users.passwordHash }).from(users).where(eq(users.email, input.email));
  const passwordOk = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordOk || user.status !== 'active') {
    await ctx.loginThrottle.recordFailure(input.email, ctx.ipAnonymised);
    await ctx.db.transaction((tx) => writeAudit(tx, ctx, { action: 'user.loginFailed', entityType: 'user', entityId: user?.id ?? null }));
    throw invalidLogin();
  }
  await ctx.loginThrottle.recordSuccess(input.email);
  // A new session id at every login (no fixation); the old one, if any, ends here.
  if (ctx.actor) await endSession(ctx.db, ctx.actor.sessionId);
  const session = await startSession(ctx.db, user.id, ctx.config.session, ctx.ipAnonymised);
  ctx.actor = { id: user.id, role: user.role, sessionId: session.sessionId, reauthenticatedAt: new Date() };
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    await writeAudit(tx, ctx, { action: 'user.login', entityType: 'user', entityId: user.id });
  });
  setSessionCookie(ctx.reply, ctx.config.cookie, session.token, session.expiresAt);
  const { passwordHash: _hash, ...publicUser } = user;
  return publicUser;
}

export async function logoutUser(ctx: RequestContext): Promise<boolean> {
  const actor = ctx.actor;
  if (actor) {
    await ctx.db.transaction(async (tx) => {
      await tx.delete(sessions).where(eq(sessions.id, actor.sessionId));
      await writeAudit(tx, ctx, { action: 'user.logout', entityType: 'user', entityId: actor.id });
    });
    ctx.actor = null;
  }
  clearSessionCookie(ctx.reply, ctx.config.cookie);
  return true;
}

/** Re-enter the password to open the window for sensitive actions. */
export async function reauthenticate(ctx: RequestContext, rawInput: unknown): Promise<boolean> {
  const actor = requireActor(ctx);
  const input = parseInput(reauthenticateInput, rawInput);
  const [user] = await ctx.db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  await ctx.loginThrottle.assertAllowed(user?.email ?? actor.id, ctx.ipAnonymised);
  if (!user || !(await verifyPassword(user.passwordHash, input.password))) {
    await ctx.loginThrottle.recordFailure(user?.email ?? actor.id, ctx.ipAnonymised);
    throw new AppError('BAD_USER_INPUT', 'Wrong password', { field: 'password' });
  }
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    await tx.update(sessions).set({ reauthenticatedAt: now }).where(eq(sessions.id, actor.sessionId));
    await writeAudit(tx, ctx, { action: 'user.reauthenticate', entityType: 'user', entityId: actor.id });
  });
  ctx.actor = { ...actor, reauthenticatedAt: now };
  return true;
}

export async function changeOwnPassword(ctx: RequestContext, rawInput: unknown): Promise<boolean> {
  const actor = requireActor(ctx);
  const input = parseInput(changePasswordInput, rawInput);
  const [user] = await ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!(await verifyPassword(user?.passwordHash, input.currentPassword))) throw badInput('currentPassword', 'Wrong password');
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.id));
    // Other sessions of this user end: a changed password should lock out whoever else had it.
    await tx.delete(sessions).where(and(eq(sessions.userId, actor.id), ne(sessions.id, actor.sessionId)));
    await writeAudit(tx, ctx, { action: 'user.changePassword', entityType: 'user', entityId: actor.id });
  });
  return true;
}

export async function currentUser(ctx: RequestContext): Promise<UserRow | null> {
  if (!ctx.actor) return null;
  const [user] = await ctx.db.select(publicColumns).from(users).where(eq(users.id, ctx.actor.id));
  return user ?? null;
}

export async function listUsers(ctx: RequestContext, includeDisabled: boolean): Promise<UserRow[]> {
  const showDisabled = includeDisabled && ctx.actor?.role === 'partner';
  return ctx.db
    .select(publicColumns)
    .from(users)
    .where(showDisabled ? undefined : eq(users.status, 'active'))
    .orderBy(asc(users.fullName));
}

export async function createUser(ctx: RequestContext, rawInput: unknown): Promise<UserRow> {
  const input = parseInput(createUserInput, rawInput);
  const passwordHash = await hashPassword(input.initialPassword);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ email: input.email, fullName: input.fullName, title: input.title, role: input.role, passwordHash })
      .returning(publicColumns);
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, ctx, { action: 'user.create', entityType: 'user', entityId: row.id, details: { role: row.role } });
    return row;
  });
}

/** Role changes need a fresh password check, and the firm can never lose its last partner. */
export async function setUserRole(ctx: RequestContext, rawInput: unknown): Promise<UserRow> {
  requireRecentAuthentication(ctx);
  const input = parseInput(setUserRoleInput, rawInput);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select(publicColumns).from(users).where(eq(users.id, input.userId)).for('update');
    if (!before) throw notFound('User');
    if (before.role === 'partner' && input.role !== 'partner') await assertAnotherActivePartner(tx, before.id);
    const [row] = await tx.update(users).set({ role: input.role }).where(eq(users.id, input.userId)).returning(publicColumns);
    await writeAudit(tx, ctx, { action: 'user.setRole', entityType: 'user', entityId: input.userId, details: { from: before.role, to: input.role } });
    return row!;
  });
}

/** Disabling ends every session of the user at once. */
export async function disableUser(ctx: RequestContext, rawInput: unknown): Promise<UserRow> {
  const input = parseInput(userIdInput, rawInput);
  if (input.userId === ctx.actor?.id) throw conflict('You cannot disable your own account', 'userId');
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select(publicColumns).from(users).where(eq(users.id, input.userId)).for('update');
    if (!before) throw notFound('User');
    if (before.role === 'partner') await assertAnotherActivePartner(tx, before.id);
    const [row] = await tx
      .update(users)
      .set({ status: 'disabled', disabledAt: sql`coalesce(${users.disabledAt}, now())` })
      .where(eq(users.id, input.userId))
      .returning(publicColumns);
    await tx.delete(sessions).where(eq(sessions.userId, input.userId));
    await writeAudit(tx, ctx, { action: 'user.disable', entityType: 'user', entityId: input.userId });
    return row!;
  });
}

export async function enableUser(ctx: RequestContext, rawInput: unknown): Promise<UserRow> {
  const input = parseInput(userIdInput, rawInput);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ status: 'active', disabledAt: null }).where(eq(users.id, input.userId)).returning(publicColumns);
    if (!row) throw notFound('User');
    await writeAudit(tx, ctx, { action: 'user.enable', entityType: 'user', entityId: input.userId });
    return row;
  });
}

async function assertAnotherActivePartner(tx: Parameters<Parameters<RequestContext['db']['transaction']>[0]>[0], userId: string) {
  const [other] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'partner'), eq(users.status, 'active'), ne(users.id, userId)))
    .limit(1);
  if (!other) throw conflict('The firm must keep at least one active partner', 'userId');
}
