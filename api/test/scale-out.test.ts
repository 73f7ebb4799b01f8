import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@pvr/db';
import { schema } from '@pvr/db';
import { testDriver } from '@pvr/db/testing';
import type { FastifyInstance } from 'fastify';
import { throttleLimits } from '../src/auth/throttle.ts';
import { runRetentionJob, type RetentionJobResult } from '../src/features/retention/job/run-job.ts';
import { tryAcquireRunLock } from '../src/features/retention/job/run-lock.ts';
import { insertUser } from '../src/features/users/users.admin.ts';
import { buildServer } from '../src/server.ts';
import { startTestServer, TestClient, type TestServer } from './harness.ts';

const login = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;
const me = `query { me { id } }`;

/**
 * Two API processes on one PostgreSQL (ARCHITECTURE.md, scaling out): nothing that matters lives
 * in a process, so a load balancer may send each request to either. Each server has its own
 * connection pool, as two processes would. Embedded PGlite is one process by nature: skipped.
 */
describe.skipIf(testDriver === 'pglite')('two API servers on one database', () => {
  let first: TestServer;
  let secondDatabase: DatabaseHandle;
  let second: FastifyInstance;
  let secondUrl: string;

  beforeAll(async () => {
    first = await startTestServer();
    secondDatabase = await openDatabase({ url: first.database.url, appRole: 'pvr_app', maxConnections: 5 });
    second = await buildServer({ database: secondDatabase, config: first.config });
    await second.listen({ port: 0, host: '127.0.0.1' });
    const address = second.server.address();
    secondUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await second?.close();
    await secondDatabase?.close();
    await first?.close();
  });

  it('honours on one server a login made on the other, and a logout on either ends it for both', async () => {
    const partner = await first.signIn('partner');
    const elsewhere = new TestClient(secondUrl);
    elsewhere.cookie = partner.client.cookie;
    expect((await elsewhere.data(me)).me).toEqual({ id: partner.user.id });
    await elsewhere.data(`mutation { logout }`);
    expect((await partner.client.request(me)).data?.me).toBeNull();
  });

  it('counts failed logins across both servers', async () => {
    const email = 'spread-out@example.test';
    const password = 'a long enough password';
    await insertUser(first.db, { email, fullName: 'Spread Out', role: 'staff', password });
    // Alternate servers: neither alone sees enough failures to throttle.
    for (let i = 0; i < throttleLimits.perAccount; i += 1) {
      const client = i % 2 ? new TestClient(secondUrl) : first.anonymous();
      expect((await client.request(login, { email, password: 'wrong password' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const client of [first.anonymous(), new TestClient(secondUrl)]) {
      const blocked = await client.request(login, { email, password });
      expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    }
  });

  it('runs the retention job once while the other server holds its lock, and never twice at the same time', async () => {
    const envOf = (db: DatabaseHandle['db']) => ({ db, config: first.config });
    const held = await tryAcquireRunLock(first.database.db);
    expect(held).not.toBeNull();
    try {
      expect(await runRetentionJob(envOf(secondDatabase.db), { mode: 'dry_run', now: new Date() })).toEqual({ status: 'locked' });
    } finally {
      await held!.release();
    }
    // Both schedules fire at once: at most one run at any moment, and every run that started finished.
    const results: RetentionJobResult[] = await Promise.all([
      runRetentionJob(envOf(first.database.db), { mode: 'dry_run', now: new Date() }),
      runRetentionJob(envOf(secondDatabase.db), { mode: 'dry_run', now: new Date() }),
    ]);
    const runs = await first.db.select().from(schema.retentionRuns);
    expect(runs).toHaveLength(results.filter((r) => r.status === 'finished').length);
    expect(runs.every((run) => run.status === 'completed')).toBe(true);
    const [a, b] = runs.sort((x, y) => x.startedAt.getTime() - y.startedAt.getTime());
    if (a && b) expect(a.finishedAt!.getTime()).toBeLessThanOrEqual(b.startedAt.getTime());
  });
});
