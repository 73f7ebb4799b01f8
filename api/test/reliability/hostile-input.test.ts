import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema as tables } from '@pvr/db';
import { eq, inArray } from '@pvr/db/orm';
import { openTestCase } from '../../src/features/cases/cases.fixtures.ts';
import { startTestServer, type TestServer } from '../harness.ts';
import { codesOf, leaksInternals, postRaw, type RawResponse } from './hostile-support.ts';

type SignedIn = Awaited<ReturnType<TestServer['signIn']>>;

const createCandidate = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`;
const logCallNote = `mutation($input: LogCallNoteInput!) { logCallNote(input: $input) { id } }`;
const upload = `mutation($input: UploadCandidateDocumentInput!) { uploadCandidateDocument(input: $input) { id } }`;
const json = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

describe('hostile input over HTTP', () => {
  let server: TestServer;
  let partner: SignedIn;
  let caseId: string;
  let candidateId: string;
  const seen: RawResponse[] = [];

  /** Every hostile answer: a client error at most, nothing internal in it. */
  const refusedCleanly = (response: RawResponse, label: string) => {
    seen.push(response);
    expect(response.status, `${label}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
    expect(codesOf(response), label).not.toContain('INTERNAL_SERVER_ERROR');
    expect(leaksInternals(response.body), `${label} leaks: ${response.body.slice(0, 300)}`).toBe(false);
  };

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    caseId = (await openTestCase(partner)).id;
    candidateId = (await partner.client.data(createCandidate, { input: { fullName: 'Kari Fixture' } })).createCandidate.id;
  });
  afterAll(async () => {
    // Still alive after everything above.
    if (server) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await server?.close();
  });

  it('refuses abusive documents: nesting, aliases, duplicated fields, circular fragments', async () => {
    let nested = 'id';
    for (let i = 0; i < 12; i += 1) nested = `callNotes { nodes { case { ${nested} } } }`;
    const deep = await postRaw(partner.client, json(`{ cases { nodes { ${nested} } } }`));
    refusedCleanly(deep, 'deep nesting');
    expect(deep.status).toBe(400);

    const aliases = await postRaw(partner.client, json(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ')} }`));
    refusedCleanly(aliases, 'alias flood');
    expect(aliases.status).toBe(400);

    const duplicated = await postRaw(partner.client, json(`{ me { ${'id '.repeat(2_500)} } }`));
    refusedCleanly(duplicated, 'field duplication');

    const circular = await postRaw(
      partner.client,
      json(`query { me { ...A } } fragment A on User { id ...B } fragment B on User { id ...A }`),
    );
    refusedCleanly(circular, 'circular fragments');
    expect(circular.status).toBe(400);

    const unknownFragment = await postRaw(partner.client, json(`query { me { ...Nope } }`));
    refusedCleanly(unknownFragment, 'unknown fragment');
  });

  it('refuses malformed bodies: invalid UTF-8, wrong JSON shapes, batches, unknown content types', async () => {
    const invalidUtf8 = Buffer.concat([Buffer.from('{"query":"{ me { id } }","variables":{"x":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0]), Buffer.from('"}}')]);
    refusedCleanly(await postRaw(partner.client, invalidUtf8), 'invalid UTF-8 bytes');
    const brokenUtf8InDocument = Buffer.concat([Buffer.from('{"query":"{ me { id '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' } }"}')]);
    refusedCleanly(await postRaw(partner.client, brokenUtf8InDocument), 'invalid UTF-8 in the document');

    for (const body of ['[]', '[1,2]', 'null', '42', '"query"', '{"query": 42}', '{"query": null}', '{"query": ["{ me { id } }"]}', '{"query": "{ me { id } }", "variables": "x"}', '{"query": "{ me { id } }", "variables": [1]}', '{"query":"{ me { id } }","operationName":{"a":1}}', '{"__proto__":{"query":"{ me { id } }"}}', '{"query":"{ me { id } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"x"}}}']) {
      refusedCleanly(await postRaw(partner.client, body), `body ${body}`);
    }
    const batch = await postRaw(partner.client, JSON.stringify(Array.from({ length: 50 }, () => ({ query: createCandidate, variables: { input: { fullName: 'Batch Person' } } }))));
    refusedCleanly(batch, 'batched array');
    expect(batch.status).toBe(400);

    for (const type of ['application/xml', 'multipart/form-data; boundary=x', 'text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream', 'application/json; charset=latin1', '']) {
      refusedCleanly(await postRaw(partner.client, json('{ me { id } }'), type), `content type ${type || '(none)'}`);
    }
    const oversized = await postRaw(partner.client, json(createCandidate, { input: { fullName: 'x'.repeat(17 * 1024 * 1024) } }));
    refusedCleanly(oversized, 'oversized body');
    expect(oversized.status).toBe(413);
  });

  it('refuses wrong types and huge strings with BAD_USER_INPUT or a validation error', async () => {
    for (const input of [42, 'x', [], null, { fullName: 42 }, { fullName: ['a'] }, { fullName: { $ne: null } }, { fullName: 'A', skills: [1] }, { fullName: 'A', status: 'DROP' }]) {
      refusedCleanly(await postRaw(partner.client, json(createCandidate, { input })), `createCandidate ${JSON.stringify(input)}`);
    }
    const huge = await postRaw(partner.client, json(createCandidate, { input: { fullName: 'y'.repeat(5 * 1024 * 1024) } }));
    refusedCleanly(huge, '5 MB variable');
    expect(codesOf(huge)).toEqual(['BAD_USER_INPUT']);
    const hugeNote = await postRaw(partner.client, json(logCallNote, { input: { caseId, direction: 'incoming', otherPartyName: 'A', body: 'z'.repeat(5 * 1024 * 1024) } }));
    refusedCleanly(hugeNote, '5 MB call note');
    expect(codesOf(hugeNote)).toEqual(['BAD_USER_INPUT']);
    const hugeInt = await postRaw(partner.client, json(`query($n: Int) { candidates(first: $n) { totalCount } }`, { n: 2 ** 40 }));
    refusedCleanly(hugeInt, 'Int beyond 32 bits');
  });

  it('refuses NUL bytes in every kind of text with BAD_USER_INPUT (PostgreSQL cannot store them)', async () => {
    const nul = 'Kari\u0000Nordmann';
    const attempts: [string, Record<string, unknown>][] = [
      [createCandidate, { input: { fullName: nul } }],
      [createCandidate, { input: { fullName: 'Kari', summary: nul } }],
      [createCandidate, { input: { fullName: 'Kari', location: nul } }],
      [createCandidate, { input: { fullName: 'Kari', skills: ['ok', nul] } }],
      [createCandidate, { input: { fullName: 'Kari', email: 'kari\u0000@example.test' } }],
      [logCallNote, { input: { caseId, direction: 'incoming', otherPartyName: nul, body: 'ok' } }],
      [logCallNote, { input: { caseId, direction: 'incoming', otherPartyName: 'A', body: nul } }],
      [`query($s: String) { candidates(filter: { search: $s }) { totalCount } }`, { s: nul }],
      [`query($s: String!) { search(text: $s) { __typename } }`, { s: nul }],
      [`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: 'a\u0000@example.test', p: nul }],
    ];
    for (const [query, variables] of attempts) {
      const response = await postRaw(partner.client, json(query, variables));
      refusedCleanly(response, `NUL in ${JSON.stringify(variables)}`);
      expect(codesOf(response).length, JSON.stringify(variables)).toBeGreaterThan(0);
    }
    // The same through a GraphQL string literal rather than a variable.
    const literal = await postRaw(partner.client, json(`mutation { createCandidate(input: { fullName: "Kari\\u0000Nordmann" }) { id } }`));
    refusedCleanly(literal, 'NUL in a literal');
    expect(codesOf(literal)).toEqual(['BAD_USER_INPUT']);
    const rows = await server.db.select({ id: tables.candidates.id }).from(tables.candidates);
    expect(rows.map((r) => r.id)).toEqual([candidateId]);
  });

  it('refuses a renamed executable and an oversized upload, and stores nothing', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2048, 0x90)]);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2048, 0x90)]);
    for (const [fileName, bytes] of [['cv.pdf', elf], ['cv.docx', exe], ['cv.pdf', Buffer.from('%PDX-1.7 not really')]] as const) {
      const response = await postRaw(partner.client, json(upload, { input: { candidateId, fileName, contentBase64: bytes.toString('base64') } }));
      refusedCleanly(response, `upload ${fileName}`);
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    }
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const oversized = await postRaw(partner.client, json(upload, { input: { candidateId, fileName: 'cv.pdf', contentBase64: big.toString('base64') } }));
    refusedCleanly(oversized, 'oversized upload');
    expect(codesOf(oversized)).toEqual(['BAD_USER_INPUT']);
    expect(await server.db.$count(tables.candidateDocuments, eq(tables.candidateDocuments.candidateId, candidateId))).toBe(0);
  });

  it('left no half-stored record and no audit entry for any refused request', async () => {
    expect(seen.length).toBeGreaterThan(40);
    const candidates = await server.db.select({ id: tables.candidates.id }).from(tables.candidates);
    expect(candidates.map((c) => c.id)).toEqual([candidateId]);
    expect(await server.db.$count(tables.callNotes, eq(tables.callNotes.caseId, caseId))).toBe(0);
    const writes = await server.db
      .select({ action: tables.auditLog.action })
      .from(tables.auditLog)
      .where(inArray(tables.auditLog.action, ['candidate.create', 'callNote.log', 'candidate.document.upload']));
    expect(writes.map((w) => w.action)).toEqual(['candidate.create']);
  });
});
