import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, schema } from '@pvr/db';
import { eq, sql } from '@pvr/db/orm';
import { createTestDatabase, testDriver, type TestDatabase } from '@pvr/db/testing';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { logCallNoteMutation, noteInput, openTestCase } from '../features/cases/cases.fixtures.ts';
import { AppError } from '../errors.ts';
import { retryTransaction } from './retry-transaction.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('retryTransaction', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await handle.db.execute(sql`create table retry_probe (id int primary key, n int not null)`);
    await handle.db.execute(sql`insert into retry_probe values (1, 0), (2, 0)`);
  });
  afterAll(() => handle?.close());

  const counter = async (id: number) => (await queryRows<{ n: number }>(handle.db, sql`select n from retry_probe where id = ${id}`))[0]!.n;

  it.skipIf(testDriver !== 'postgres')('retries real serialization failures (40001) until every increment is in, none lost', async () => {
    const increment = (attempts: number, retries: string[]) =>
      retryTransaction(
        handle.db,
        async (tx) => {
          const [row] = await queryRows<{ n: number }>(tx, sql`select n from retry_probe where id = 1`);
          await tx.execute(sql`select pg_sleep(0.05)`); // all three have read before any writes
          await tx.execute(sql`update retry_probe set n = ${row!.n + 1} where id = 1`);
        },
        { isolationLevel: 'serializable', attempts, onRetry: (_attempt, code) => retries.push(code) },
      );

    // Without retries the conflict reaches the caller, as a clean CONFLICT.
    const once = await Promise.allSettled([1, 2, 3].map(() => increment(1, [])));
    const refused = once.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as AppError);
    expect(refused.length).toBeGreaterThan(0);
    for (const error of refused) expect(error).toBeInstanceOf(AppError);
    const afterOnce = await counter(1);
    expect(afterOnce).toBe(3 - refused.length);

    const retries: string[] = [];
    await Promise.all([1, 2, 3].map(() => increment(4, retries)));
    process.stdout.write(`serializable: without retry ${refused.length} of 3 refused; with retry 3 of 3 committed after ${retries.length} retries (${[...new Set(retries)].join(', ')})\n`);
    expect(retries.length).toBeGreaterThan(0);
    expect(new Set(retries)).toEqual(new Set(['40001']));
    expect(await counter(1)).toBe(afterOnce + 3);
  });

  it.skipIf(testDriver !== 'postgres')('retries the victim of a real deadlock (40P01); both transactions commit', async () => {
    let firstLocks = 0;
    const retries: string[] = [];
    const lockBoth = (first: number, second: number) =>
      retryTransaction(
        handle.db,
        async (tx) => {
          await tx.execute(sql`update retry_probe set n = n + 1 where id = ${first}`);
          // On the first attempt wait until the other holds its first row too: opposite order, a cycle.
          if (++firstLocks <= 2) while (firstLocks < 2) await sleep(10);
          await tx.execute(sql`update retry_probe set n = n + 1 where id = ${second}`);
        },
        { onRetry: (_attempt, code) => retries.push(code) },
      );
    const before = [await counter(1), await counter(2)];
    await Promise.all([lockBoth(1, 2), lockBoth(2, 1)]);
    process.stdout.write(`deadlock: both committed after ${retries.length} retry (${retries.join(', ')})\n`);
    expect(retries).toEqual(['40P01']);
    expect([await counter(1), await counter(2)]).toEqual([before[0]! + 2, before[1]! + 2]);
  });

  it('gives up after the set number of attempts with a CONFLICT that carries no SQL', async () => {
    let attempts = 0;
    const started = Date.now();
    const failing = retryTransaction(handle.db, async (tx) => {
      attempts += 1;
      await tx.execute(sql`do $$ begin raise exception 'select secret from somewhere' using errcode = '40001'; end $$`);
    });
    const error = (await failing.catch((e: unknown) => e)) as AppError;
    expect(attempts).toBe(4);
    expect(error).toBeInstanceOf(AppError);
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', retryable: true });
    expect(error.message).not.toMatch(/select|secret|40001/i);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('does not retry other errors', async () => {
    let attempts = 0;
    await expect(
      retryTransaction(handle.db, async (tx) => {
        attempts += 1;
        await tx.execute(sql`insert into retry_probe values (1, 0)`);
      }),
    ).rejects.toThrow();
    expect(attempts).toBe(1);
  });
});

/**
 * Through the API: logCallNote (with an Idempotency-Key) made the victim of a real deadlock
 * with another session. The retry runs it again, re-claims the key, and the caller sees
 * success; the note exists once. (With `attempts: 1` in logCallNote this test fails: CONFLICT.)
 */
describe.skipIf(testDriver !== 'postgres')('logCallNote caught in a deadlock', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('is retried by the API and answers with the note, stored once', async () => {
    const partner = await server.signIn('partner');
    const { id: caseId } = await openTestCase(partner);
    const { createCandidate } = await partner.client.data(`mutation { createCandidate(input: { fullName: "Låst Kandidat" }) { id } }`);
    const candidateId = (createCandidate as { id: string }).id;
    const key = randomUUID();

    let answer: Promise<Response> | undefined;
    await server.db.transaction(async (tx) => {
      // This session detects deadlocks late, so the API's session (1 s) is the one aborted.
      await tx.execute(sql`set local deadlock_timeout = '10s'`);
      await tx.execute(sql`select id from candidates where id = ${candidateId} for update`);
      answer = partner.client.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ query: logCallNoteMutation, variables: { input: noteInput(caseId, { candidateId, body: 'Ringte midt i en vranglås.' }) } }),
      });
      // Wait until the API holds the case (FOR SHARE) and waits for the candidate row …
      for (let i = 0; i < 200; i += 1) {
        const [waiting] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from pg_stat_activity where application_name = 'personvernregister' and wait_event_type = 'Lock'`);
        if (waiting!.n > 0) break;
        await sleep(25);
      }
      // … then ask for the case: a cycle. PostgreSQL aborts the API's transaction (40P01).
      await tx.execute(sql`select id from cases where id = ${caseId} for update`);
    });
    const response = await answer!;
    const body = (await response.json()) as { data?: { logCallNote?: { id: string } }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data?.logCallNote?.id).toBeTruthy();
    expect(await server.db.$count(schema.callNotes, eq(schema.callNotes.caseId, caseId))).toBe(1);
    const [claim] = await server.db.select({ response: schema.idempotencyKeys.response }).from(schema.idempotencyKeys).where(eq(schema.idempotencyKeys.key, key));
    expect(claim?.response).toBeTruthy();
  });
});
