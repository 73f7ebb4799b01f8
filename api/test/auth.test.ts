import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq, sql } from '@pvr/db/orm';
import { throttleLimits } from '../src/auth/throttle.ts';
import { insertUser } from '../src/features/users/users.admin.ts';
import { startTestServer, TestClient, type TestServer } from './harness.ts';

const login = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id role } }`;
const me = `query { me { id } }`;

describe('accounts and sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('sets an HttpOnly, SameSite=Strict session cookie and rotates it at every login', async () => {
    const { client, email, password } = await server.signIn('staff');
    const first = client.cookie;
    const response = await client.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: login, variables: { email, password } }),
    });
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(client.cookie).not.toEqual(first);
    const stale = new TestClient(server.url);
    stale.cookie = first;
    expect((await stale.data(me)).me).toBeNull();
  });

  it('ends the session at logout: the old cookie no longer works', async () => {
    const { client } = await server.signIn('partner');
    const cookie = client.cookie;
    await client.data(`mutation { logout }`);
    const replay = new TestClient(server.url);
    replay.cookie = cookie;
    expect((await replay.data(me)).me).toBeNull();
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const idle = await server.signIn('staff');
    await server.db.execute(sql`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = ${idle.user.id}`);
    expect((await idle.client.data(me)).me).toBeNull();
    const old = await server.signIn('staff');
    await server.db.execute(sql`update sessions set expires_at = now() - interval '1 second' where user_id = ${old.user.id}`);
    expect((await old.client.data(me)).me).toBeNull();
  });

  it('ends every session of a user who is disabled', async () => {
    const partner = await server.signIn('partner');
    const staff = await server.signIn('staff');
    expect((await staff.client.data(me)).me).not.toBeNull();
    await partner.client.data(`mutation($id: ID!) { disableUser(userId: $id) { status } }`, { id: staff.user.id });
    expect((await staff.client.data(me)).me).toBeNull();
    expect(await server.db.$count(schema.sessions, eq(schema.sessions.userId, staff.user.id))).toBe(0);
    const again = await server.anonymous().request(login, { email: staff.email, password: staff.password });
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an unknown user and a wrong password identically', async () => {
    const { email } = await server.signIn('staff');
    const wrong = await server.anonymous().request(login, { email, password: 'not the password' });
    const unknown = await server.anonymous().request(login, { email: 'nobody@example.test', password: 'not the password' });
    expect(wrong.errors).toEqual(unknown.errors);
    expect(wrong.status).toBe(unknown.status);
  });

  it('throttles an account after repeated failures, even for the right password, then lets it in again', async () => {
    const email = 'throttled@example.test';
    const password = 'a long enough password';
    await insertUser(server.db, { email, fullName: 'T', role: 'staff', password });
    for (let i = 0; i < throttleLimits.perAccount; i += 1) {
      const failed = await server.anonymous().request(login, { email, password: 'wrong password' });
      expect(failed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await server.anonymous().request(login, { email, password });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    // Unknown accounts are throttled the same way, so the answer reveals nothing.
    for (let i = 0; i < throttleLimits.perAccount; i += 1) await server.anonymous().request(login, { email: 'ghost@example.test', password: 'x' });
    const ghost = await server.anonymous().request(login, { email: 'ghost@example.test', password: 'x' });
    expect(ghost.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    await server.db.delete(schema.rateLimits);
    expect((await server.anonymous().request(login, { email, password })).errors).toBeUndefined();
    const keys = await server.db.select({ key: schema.rateLimits.key }).from(schema.rateLimits);
    expect(JSON.stringify(keys)).not.toContain('example.test');
  });

  it('requires a fresh password check for role changes', async () => {
    const partner = await server.signIn('partner');
    const staff = await server.signIn('staff');
    const setRole = `mutation($id: ID!) { setUserRole(userId: $id, role: auditor) { role } }`;
    await server.db.execute(sql`update sessions set reauthenticated_at = now() - interval '10 minutes' where user_id = ${partner.user.id}`);
    const refused = await partner.client.request(setRole, { id: staff.user.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('REAUTHENTICATION_REQUIRED');
    const wrong = await partner.client.request(`mutation { reauthenticate(password: "wrong") }`);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    await partner.client.data(`mutation($p: String!) { reauthenticate(password: $p) }`, { p: partner.password });
    expect((await partner.client.data(setRole, { id: staff.user.id })).setUserRole.role).toBe('auditor');
  });

  it('never lets the firm lose its last active partner', async () => {
    const fresh = await startTestServer();
    try {
      const only = await fresh.signIn('partner');
      const result = await only.client.request(`mutation($id: ID!) { setUserRole(userId: $id, role: staff) { role } }`, { id: only.user.id });
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    } finally {
      await fresh.close();
    }
  });
});

describe('cookies outside local development', () => {
  it('are Secure and __Host- prefixed', async () => {
    const server = await startTestServer({ COOKIE_SECURE: 'true' });
    try {
      const email = 'secure@example.test';
      await insertUser(server.db, { email, fullName: 'S', role: 'staff', password: 'a long enough password' });
      const response = await server.anonymous().fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: login, variables: { email, password: 'a long enough password' } }),
      });
      const setCookie = response.headers.getSetCookie().join('\n');
      expect(setCookie).toMatch(/^__Host-pvr_session=/);
      expect(setCookie).toMatch(/Secure/);
    } finally {
      await server.close();
    }
  });
});
