import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from '@pvr/db/orm';
import type { Database } from '@pvr/db';
import { prebuiltQuery, schema } from '@pvr/db';
import type { Actor } from '../context.ts';

export type SessionPolicy = { idleMs: number; absoluteMs: number };

/** The session id stored in the database is a hash of the cookie token, never the token. */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Starts a new session (a fresh id at every login) and returns the cookie token. */
export async function startSession(
  db: Database,
  userId: string,
  policy: SessionPolicy,
  ipAnonymised: string | null,
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const sessionId = sessionIdOf(token);
  const expiresAt = new Date(Date.now() + policy.absoluteMs);
  await db.insert(schema.sessions).values({ id: sessionId, userId, expiresAt, ipAnonymised });
  return { token, sessionId, expiresAt };
}

/** Every request starts with this read: its SQL is built once (prebuiltQuery). */
const activeSessionRow = prebuiltQuery((db) =>
  db
    .select({
      userId: schema.users.id,
      role: schema.users.role,
      status: schema.users.status,
      fullName: schema.users.fullName,
      email: schema.users.email,
      title: schema.users.title,
      lastSeenAt: schema.sessions.lastSeenAt,
      reauthenticatedAt: schema.sessions.reauthenticatedAt,
    })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .where(and(eq(schema.sessions.id, sql.placeholder('sessionId')), gt(schema.sessions.expiresAt, sql.placeholder('now')))),
);

/**
 * The actor behind a cookie token, or null when the session is unknown, idle too long, past
 * its absolute lifetime, or its user is disabled. Touches `last_seen_at` at most once a minute.
 */
export async function resolveSession(db: Database, token: string, policy: SessionPolicy): Promise<Actor | null> {
  const sessionId = sessionIdOf(token);
  const now = new Date();
  // Placeholders skip drizzle's column encoders: the timestamp goes to the driver as ISO text.
  const [row] = await activeSessionRow(db, { sessionId, now: now.toISOString() });
  if (!row || row.status !== 'active') return null;
  if (now.getTime() - row.lastSeenAt.getTime() > policy.idleMs) {
    await endSession(db, sessionId);
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(schema.sessions).set({ lastSeenAt: sql`now()` }).where(eq(schema.sessions.id, sessionId));
  }
  const profile = { id: row.userId, fullName: row.fullName, email: row.email, title: row.title, role: row.role, status: row.status };
  return { id: row.userId, role: row.role, sessionId, reauthenticatedAt: row.reauthenticatedAt, profile };
}

export async function endSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(schema.sessions).where(eq(schema.sessions.id, sessionId));
}

export async function endAllSessionsOf(db: Database, userId: string): Promise<void> {
  await db.delete(schema.sessions).where(eq(schema.sessions.userId, userId));
}
