import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { schema as tables } from '@pvr/db';
import { eq, inArray } from '@pvr/db/orm';
import { createTestDatabase, testDriver } from '@pvr/db/testing';
import { verifyAuditChain } from '../../src/audit/verify-chain.ts';
import { seedDemoData } from '../../src/seed/seed.ts';
import { demoLogins } from '../../src/seed/demo-logins.ts';
import { TestClient } from '../harness.ts';
import { secretKey, startProduct, type Product } from './product-process.ts';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));

describe('SIGTERM', () => {
  let product: Product | undefined;
  afterAll(() => product?.cleanUp());

  it('drains in-flight requests, closes the database and exits 0 within 10 s; then refuses', async () => {
    product = await startProduct({ LOG_LEVEL: 'info' });
    const received = () => (product!.output().match(/"path":"\/graphql"\},"msg":"incoming request"/g) ?? []).length;
    const partner = demoLogins.find((l) => l.role === 'partner')!;
    const clients = Array.from({ length: 12 }, () => new TestClient(product!.baseUrl));
    // Logins hash a password (argon2id): each takes a while, so they are in flight at SIGTERM.
    const burst = clients.flatMap((client, i) => [
      client.request(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: partner.email, p: partner.password }),
      fetch(`${product!.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ me { id } }`, variables: { i } }),
      }).then((r) => ({ status: r.status })),
    ]);
    // SIGTERM only once the server has received every request of the burst: they are in flight.
    const deadline = Date.now() + 30_000;
    while (received() < burst.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(received()).toBe(burst.length);
    const started = Date.now();
    const exited = product.stop('SIGTERM');
    const results = await Promise.allSettled(burst);
    const { code } = await exited;
    const seconds = (Date.now() - started) / 1000;
    const statuses = results.map((r) => (r.status === 'fulfilled' ? r.value.status : `rejected: ${String(r.reason)}`));
    process.stdout.write(`SIGTERM: ${burst.length} in flight, statuses ${JSON.stringify(statuses)}, exit ${code} after ${seconds.toFixed(2)} s\n`);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(code).toBe(0);
    expect(seconds).toBeLessThan(10);
    await expect(fetch(`${product.baseUrl}/healthz`)).rejects.toThrow();
    expect(product.output()).not.toMatch(/"level":(50|60)/);
  }, 180_000);
});

/**
 * kill -9 in the middle of erasures: a child erases the demo candidates one by one and is
 * killed at a random moment. Every candidate is then entirely present or entirely erased.
 * PostgreSQL only: a separate process cannot share an in-memory PGlite.
 */
describe.skipIf(testDriver !== 'postgres')('kill -9 during erasure', () => {
  it('leaves each person all there or all gone, and the audit chain intact', async () => {
    const database = await createTestDatabase();
    try {
      const db = database.db;
      await seedDemoData(db, { onlyIfEmpty: false });
      const [actor] = await db.select({ id: tables.users.id }).from(tables.users).where(eq(tables.users.role, 'partner')).limit(1);
      const candidates = await db.select({ id: tables.candidates.id }).from(tables.candidates);
      const ids = candidates.map((c) => c.id);
      const before = await footprint(db, ids);

      const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./erasure-loop.ts', import.meta.url)), ...ids], {
        cwd: apiDir,
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: database.url!, SECRET_KEY: secretKey, ACTOR_ID: actor!.id },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_code, signal) => r(signal)));
      // Wait for the first commit, then kill at a random moment among the next erasures.
      const deadline = Date.now() + 60_000;
      while (!out.includes('erased') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 20 + Math.floor(Math.random() * 400)));
      child.kill('SIGKILL');
      const signal = await exited;
      const acknowledged = [...out.matchAll(/erased ([0-9a-f-]{36})/g)].map((m) => m[1]!);
      expect(acknowledged.length, out).toBeGreaterThan(0);

      const after = await footprint(db, ids);
      const tombstones = await db.$count(tables.erasureTombstones);
      const erasures = await db.select({ entityId: tables.auditLog.entityId }).from(tables.auditLog).where(eq(tables.auditLog.action, 'subject.erase'));
      const erased = ids.filter((id) => !after.has(id));
      for (const id of ids) {
        const was = before.get(id)!;
        const now = after.get(id);
        // Present: exactly as before. Gone: nothing left that points at them.
        if (now) expect(now, id).toEqual(was);
        else expect(await leftovers(db, id), id).toEqual({ consents: 0, documents: 0, notes: 0, shares: 0 });
      }
      expect(erased).toEqual(expect.arrayContaining(acknowledged));
      expect(tombstones).toBe(erased.length);
      expect(erasures.map((e) => e.entityId).sort()).toEqual([...erased].sort());
      expect((await verifyAuditChain(db)).ok).toBe(true);
      process.stdout.write(`kill -9 (${signal}) after ${acknowledged.length} acknowledged erasures: ${erased.length} erased, ${ids.length - erased.length} intact, none half-done\n`);
    } finally {
      await database.close();
    }
  }, 120_000);
});

type Db = Awaited<ReturnType<typeof createTestDatabase>>['db'];

/** Per candidate still present: how many records of each kind point at them. */
async function footprint(db: Db, ids: string[]) {
  const present = await db.select({ id: tables.candidates.id }).from(tables.candidates).where(inArray(tables.candidates.id, ids));
  const result = new Map<string, Awaited<ReturnType<typeof leftovers>>>();
  for (const { id } of present) result.set(id, await leftovers(db, id));
  return result;
}

async function leftovers(db: Db, id: string) {
  return {
    consents: await db.$count(tables.consentEvents, eq(tables.consentEvents.candidateId, id)),
    documents: await db.$count(tables.candidateDocuments, eq(tables.candidateDocuments.candidateId, id)),
    notes: await db.$count(tables.callNotes, eq(tables.callNotes.candidateId, id)),
    shares: await db.$count(tables.candidateShares, eq(tables.candidateShares.candidateId, id)),
  };
}
