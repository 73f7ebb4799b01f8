import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema as tables } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { noteInput, openTestCase } from '../../src/features/cases/cases.fixtures.ts';
import { startTestServer, type TestClient, type TestServer } from '../harness.ts';

const createCandidate = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id fullName } }`;
const logCallNote = `mutation($input: LogCallNoteInput!) { logCallNote(input: $input) { id } }`;

async function send(client: TestClient, key: string, query: string, variables: Record<string, unknown>) {
  const response = await client.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, { id: string }> | null; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, body, code: body.errors?.[0]?.extensions?.code };
}

describe('Idempotency-Key', () => {
  let server: TestServer;
  let partner: Awaited<ReturnType<TestServer['signIn']>>;
  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
  });
  afterAll(() => server?.close());

  const candidatesNamed = async (fullName: string) => server.db.$count(tables.candidates, eq(tables.candidates.fullName, fullName));

  it('answers a retry with the stored answer and does the work once', async () => {
    const key = randomUUID();
    const input = { fullName: 'Retry Person', email: 'retry@example.test' };
    const first = await send(partner.client, key, createCandidate, { input });
    const again = await send(partner.client, key, createCandidate, { input });
    expect(first.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await candidatesNamed('Retry Person')).toBe(1);
    const audits = await server.db.$count(tables.auditLog, eq(tables.auditLog.entityId, first.body.data!.createCandidate!.id));
    expect(audits).toBe(1);
  });

  it('does the work once when the same request arrives many times at once', async () => {
    const key = randomUUID();
    const input = { fullName: 'Concurrent Person' };
    const results = await Promise.all(Array.from({ length: 8 }, () => send(partner.client, key, createCandidate, { input })));
    expect(await candidatesNamed('Concurrent Person')).toBe(1);
    const ids = new Set(results.filter((r) => r.body.data?.createCandidate).map((r) => r.body.data!.createCandidate!.id));
    expect(ids.size).toBe(1);
    for (const r of results) if (!r.body.data?.createCandidate) expect(r.code).toBe('CONFLICT');
    // Once settled, every retry gets the answer.
    expect((await send(partner.client, key, createCandidate, { input })).body.data?.createCandidate?.id).toBe([...ids][0]);
  });

  it('refuses the same key with other input (409), a malformed key (400), and scopes keys per user', async () => {
    const key = randomUUID();
    await send(partner.client, key, createCandidate, { input: { fullName: 'Scoped One' } });
    const other = await send(partner.client, key, createCandidate, { input: { fullName: 'Scoped Two' } });
    expect(other.status).toBe(409);
    expect(other.code).toBe('CONFLICT');
    expect(await candidatesNamed('Scoped Two')).toBe(0);
    const short = await send(partner.client, 'short', createCandidate, { input: { fullName: 'Short Key' } });
    expect(short.status).toBe(400);
    expect(short.code).toBe('BAD_USER_INPUT');
    const colleague = await server.signIn('partner');
    const theirs = await send(colleague.client, key, createCandidate, { input: { fullName: 'Scoped Two' } });
    expect(theirs.body.data?.createCandidate).toBeTruthy();
  });

  it('lets a failed attempt be retried with corrected input, and covers call notes', async () => {
    const key = randomUUID();
    const bad = await send(partner.client, key, createCandidate, { input: { fullName: 'Fixed Later', email: 'not-an-email' } });
    expect(bad.code).toBe('BAD_USER_INPUT');
    const fixed = await send(partner.client, key, createCandidate, { input: { fullName: 'Fixed Later', email: 'fixed@example.test' } });
    expect(fixed.body.data?.createCandidate).toBeTruthy();

    const { id: caseId } = await openTestCase(partner);
    const noteKey = randomUUID();
    const variables = { input: noteInput(caseId, { body: 'Ringte om idempotens.' }) };
    const notes = await Promise.all([1, 2, 3].map(() => send(partner.client, noteKey, logCallNote, variables)));
    expect(notes.some((n) => n.body.data?.logCallNote)).toBe(true);
    expect((await send(partner.client, noteKey, logCallNote, variables)).body.data?.logCallNote).toBeTruthy();
    expect(await server.db.$count(tables.callNotes, eq(tables.callNotes.caseId, caseId))).toBe(1);
  });
});
