import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, schema, type Queryable } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import { createTestDatabase, testDriver, type TestDatabase } from '@pvr/db/testing';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { logCallNoteMutation, noteInput, openTestCase, type SignedIn } from '../features/cases/cases.fixtures.ts';
import type { AuditRow } from './audit.ts';
import { commitAuditRows, requestsWaitingForAuditInsert } from './group-commit.ts';
import { verifyAuditChain } from './verify-chain.ts';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Holds the audit chain head's row lock (as a long audited write would) until `release()`:
 * audit inserts wait on it meanwhile.
 */
async function holdChainHead(db: Queryable & { transaction: TestDatabase['db']['transaction'] }) {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  let locked!: () => void;
  const isLocked = new Promise<void>((done) => (locked = done));
  const holding = db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from audit_chain_head for update`);
    locked();
    await released;
  });
  await isLocked;
  return { release: async () => (release(), await holding) };
}

async function waitUntil(condition: () => boolean) {
  for (let tries = 0; tries < 200 && !condition(); tries++) await sleep(50);
  expect(condition()).toBe(true);
}

/** Waits until `count` audit inserts wait for the chain head's lock. */
async function insertsWaiting(db: Queryable, count: number) {
  for (let tries = 0; tries < 100; tries++) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%insert into audit_log%'`,
    );
    if (row!.n >= count) return;
    await sleep(50);
  }
  throw new Error(`no ${count} audit insert(s) waiting for the chain head`);
}

describe.skipIf(testDriver !== 'postgres')('audit group commit', () => {
  describe('requests whose reads finish while an insert runs', () => {
    let server: TestServer;
    let partner: SignedIn;
    let candidateId: string;

    beforeAll(async () => {
      server = await startTestServer();
      partner = await server.signIn('partner');
      const [candidate] = await server.db.insert(schema.candidates).values({ fullName: 'Gruppe Kandidat', source: 'self_registered' }).returning();
      candidateId = candidate!.id;
      const caseId = (await openTestCase(partner)).id;
      await partner.client.data(logCallNoteMutation, { input: noteInput(caseId, { candidateId }) });
    });
    afterAll(() => server?.close());

    it('share the next insert, and none is answered before its entries have committed', async () => {
      const query = `query($id: ID!) { candidate(id: $id) { id callNotes(first: 5) { id } } }`;
      const head = await holdChainHead(server.db);
      const answered: string[] = [];
      const ask = () => partner.client.request<{ candidate: { id: string } }>(query, { id: candidateId }).then((r) => (answered.push(r.requestId), r));
      const first = ask();
      await insertsWaiting(server.db, 1);
      const others = [ask(), ask()];
      await waitUntil(() => requestsWaitingForAuditInsert(server.serverDb) === 2); // their reads are done
      expect(answered).toEqual([]);
      await head.release();
      const responses = await Promise.all([first, ...others]);
      for (const response of responses) expect(response.errors).toBeUndefined();

      const rows = await queryRows<{ request_id: string; tx: string }>(
        server.db,
        sql`select request_id, xmin::text as tx from audit_log where request_id in ${responses.map((r) => r.requestId)}`,
      );
      const transactionOf = (requestId: string) => new Set(rows.filter((r) => r.request_id === requestId).map((r) => r.tx));
      const [firstTx, secondTx, thirdTx] = responses.map((r) => transactionOf(r.requestId));
      // Each request's entries in one insert; the two that waited in the same one, apart from the first.
      expect([firstTx!.size, secondTx!.size, thirdTx!.size]).toEqual([1, 1, 1]);
      expect([...secondTx!]).toEqual([...thirdTx!]);
      expect([...secondTx!]).not.toEqual([...firstTx!]);
      expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true });
    });
  });

  describe('an insert that one request makes fail', () => {
    let handle: TestDatabase;
    beforeAll(async () => {
      handle = await createTestDatabase();
    });
    afterAll(() => handle?.close());

    const row = (action: string): AuditRow => ({
      actorId: null,
      actorRole: null,
      action,
      entityType: 'test',
      entityId: null,
      subjectPseudonym: null,
      requestId: randomUUID(),
      ipAnonymised: null,
      details: {},
    });

    it('fails that request only: the others it was grouped with are inserted on their own', async () => {
      const head = await holdChainHead(handle.db);
      const alone = row('test.alone');
      const grouped = row('test.grouped');
      const refused = row('Not A Valid Action'); // the action format check refuses it
      const first = commitAuditRows(handle.db, [alone]);
      await insertsWaiting(handle.db, 1);
      const second = commitAuditRows(handle.db, [grouped]);
      const third = commitAuditRows(handle.db, [refused]);
      // Listened to before anything else is awaited: the refusal must not go unhandled meanwhile.
      const outcomes = Promise.allSettled([first, second, third]);
      expect(requestsWaitingForAuditInsert(handle.db)).toBe(2);
      await head.release();

      const [aloneOutcome, groupedOutcome, refusedOutcome] = await outcomes;
      expect([aloneOutcome.status, groupedOutcome.status]).toEqual(['fulfilled', 'fulfilled']);
      expect(refusedOutcome).toMatchObject({ status: 'rejected', reason: { cause: { code: '23514' } } });
      const written = await queryRows<{ request_id: string }>(
        handle.db,
        sql`select request_id from audit_log where request_id in ${[alone.requestId, grouped.requestId, refused.requestId]}`,
      );
      expect(written.map((r) => r.request_id).sort()).toEqual([alone.requestId, grouped.requestId].sort());
      expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
    });

    it('fails the whole group at once when the insert is lost rather than refused', async () => {
      const terminateWaitingInsert = () =>
        handle.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where wait_event_type = 'Lock' and query like '%insert into audit_log%'`);
      const head = await holdChainHead(handle.db);
      // Settled as they are made: each may fail while the test is still awaiting something else,
      // and a rejection nobody listens for yet is reported as unhandled.
      const first = Promise.allSettled([commitAuditRows(handle.db, [row('test.lost')])]);
      await insertsWaiting(handle.db, 1);
      const grouped = Promise.allSettled([commitAuditRows(handle.db, [row('test.lost')]), commitAuditRows(handle.db, [row('test.lost')])]);
      await terminateWaitingInsert();
      expect((await first).map((o) => o.status)).toEqual(['rejected']);
      await insertsWaiting(handle.db, 1); // the group's insert, behind the same lock
      await terminateWaitingInsert();
      // Both answered with the error while the lock is still held: no retry one by one, which
      // would only wait on the same lock (or the same lost database) once per request.
      const outcomes = await grouped;
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
      await head.release();
      const [written] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_log where action = 'test.lost'`);
      expect(written!.n).toBe(0);
    });
  });
});
