import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, schema } from '@pvr/db';
import { eq, sql } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';

const createMutation = `mutation($input: CreateCandidateInput!) {
  createCandidate(input: $input) { id fullName email phone status source skills }
}`;

describe('candidates', () => {
  let server: TestServer;
  let partner: Awaited<ReturnType<TestServer['signIn']>>;
  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
  });
  afterAll(() => server?.close());

  it('creates a candidate with normalised email and phone, and audits it', async () => {
    const { createCandidate } = await partner.client.data(createMutation, {
      input: { fullName: '  Kari Testdatter ', email: ' Kari.T@Example.TEST ', phone: '412 34 567', skills: ['SQL', 'SQL'] },
    });
    expect(createCandidate).toMatchObject({
      fullName: 'Kari Testdatter',
      email: 'kari.t@example.test',
      phone: '+4741234567',
      status: 'active',
      source: 'added_by_partner',
      skills: ['SQL'],
    });
    const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, createCandidate.id)).orderBy(schema.auditLog.seq);
    expect(entries.map((e) => e.action)).toEqual(['candidate.create']);
    expect(JSON.stringify(entries)).not.toContain('Kari');
  });

  it('refuses a malformed email and names the field, storing nothing', async () => {
    const before = await server.db.$count(schema.candidates);
    const result = await partner.client.request(createMutation, { input: { fullName: 'Ola', email: 'not-an-email' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await server.db.$count(schema.candidates)).toBe(before);
  });

  it('refuses a missing required field at the GraphQL layer', async () => {
    const result = await partner.client.request(createMutation, { input: { email: 'x@example.test' } });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers CONFLICT on a duplicate email', async () => {
    await partner.client.data(createMutation, { input: { fullName: 'A', email: 'dup@example.test' } });
    const result = await partner.client.request(createMutation, { input: { fullName: 'B', email: 'DUP@example.test' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const result = await partner.client.request(`query { candidate(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('pages with a keyset cursor and searches by name', async () => {
    for (const name of ['Sigrid Søk', 'Sigurd Søk', 'Petter Annen']) {
      await partner.client.data(createMutation, { input: { fullName: name } });
    }
    const query = `query($after: String, $filter: CandidateFilter) {
      candidates(first: 1, after: $after, filter: $filter, sort: name_asc) { nodes { fullName } pageInfo { endCursor hasNextPage } totalCount }
    }`;
    const first = await partner.client.data(query, { filter: { search: 'søk' } });
    expect(first.candidates.totalCount).toBe(2);
    expect(first.candidates.nodes).toEqual([{ fullName: 'Sigrid Søk' }]);
    const second = await partner.client.data(query, { filter: { search: 'søk' }, after: first.candidates.pageInfo.endCursor });
    expect(second.candidates.nodes).toEqual([{ fullName: 'Sigurd Søk' }]);
    expect(second.candidates.pageInfo.hasNextPage).toBe(false);
    await partner.client.data(createMutation, { input: { fullName: 'Telefon Søk', phone: '+47 900 00 205' } });
    const byPhone = await partner.client.data(query, { filter: { search: '900 00 205' } });
    expect(byPhone.candidates.nodes).toEqual([{ fullName: 'Telefon Søk' }]);
    const bad = await partner.client.request(query, { after: 'garbage' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('keeps each sort order within a page, and answers an empty page with its total', async () => {
    for (const name of ['Berit Rekkefølge', 'Anders Rekkefølge', 'Cecilie Rekkefølge']) {
      await partner.client.data(createMutation, { input: { fullName: name } });
    }
    const query = `query($filter: CandidateFilter, $sort: CandidateSort) {
      candidates(first: 10, filter: $filter, sort: $sort) { nodes { fullName } pageInfo { endCursor hasNextPage } totalCount }
    }`;
    const names = async (sort: string) =>
      (await partner.client.data(query, { filter: { search: 'rekkefølge' }, sort })).candidates.nodes.map((n: { fullName: string }) => n.fullName);
    expect(await names('name_asc')).toEqual(['Anders Rekkefølge', 'Berit Rekkefølge', 'Cecilie Rekkefølge']);
    expect(await names('created_desc')).toEqual(['Cecilie Rekkefølge', 'Anders Rekkefølge', 'Berit Rekkefølge']);
    const none = await partner.client.data(query, { filter: { search: 'ingen-slik-kandidat' } });
    expect(none.candidates).toEqual({ nodes: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 });
  });

  it('never skips rows whose timestamps differ by microseconds', async () => {
    await server.db.execute(sql`insert into candidates (full_name, source, created_at) values
      ('Mikro En', 'self_registered', '2020-01-01 00:00:00.000003+00'),
      ('Mikro To', 'self_registered', '2020-01-01 00:00:00.000002+00'),
      ('Mikro Tre', 'self_registered', '2020-01-01 00:00:00.000001+00')`);
    const query = `query($after: String) { candidates(first: 1, after: $after, filter: { search: "Mikro" }) { nodes { fullName } pageInfo { endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i += 1) {
      const page: any = await partner.client.data(query, { after });
      seen.push(...page.candidates.nodes.map((n: { fullName: string }) => n.fullName));
      after = page.candidates.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Mikro En', 'Mikro To', 'Mikro Tre']);
  });

  it('uploads a PDF, refuses a file that only claims to be one, and serves the download to partners', async () => {
    const { createCandidate } = await partner.client.data(createMutation, { input: { fullName: 'Cv Eier' } });
    const upload = `mutation($input: UploadCandidateDocumentInput!) { uploadCandidateDocument(input: $input) { id version contentType byteSize downloadUrl } }`;
    const pdf = Buffer.from('%PDF-1.4\n% test\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const { uploadCandidateDocument: doc } = await partner.client.data(upload, {
      input: { candidateId: createCandidate.id, fileName: 'cv.pdf', contentBase64: pdf.toString('base64') },
    });
    expect(doc).toMatchObject({ version: 1, contentType: 'application/pdf', byteSize: pdf.length });
    const fake = await partner.client.request(upload, {
      input: { candidateId: createCandidate.id, fileName: 'cv.pdf', contentBase64: Buffer.from('MZ not a pdf').toString('base64') },
    });
    expect(fake.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    const download = await partner.client.fetch(doc.downloadUrl);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
    const staff = await server.signIn('staff');
    expect((await staff.client.fetch(doc.downloadUrl)).status).toBe(403);
    expect((await server.anonymous().fetch(doc.downloadUrl)).status).toBe(401);
  });

  it('costs the same number of SQL statements for a page of 10 and of 100', async () => {
    for (let i = 0; i < 100; i += 1) {
      await server.db.insert(schema.candidates).values({ fullName: `Bulk ${i}`, source: 'self_registered' });
    }
    const query = `query($first: Int) { candidates(first: $first) { nodes { id fullName documents { id } } totalCount } }`;
    const small = await partner.client.request(query, { first: 10 });
    const large = await partner.client.request<{ candidates: { nodes: unknown[] } }>(query, { first: 100 });
    expect(large.errors).toBeUndefined();
    expect(large.data?.candidates.nodes).toHaveLength(100);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it('gives the dashboard page (consents, note counts, total) for the same statements at 10 and 100 rows', async () => {
    const query = `query($first: Int) { candidates(first: $first) { nodes { id consents { purpose granted } callNoteCount } totalCount } }`;
    const small = await partner.client.request(query, { first: 10 });
    const large = await partner.client.request<{ candidates: { nodes: unknown[] } }>(query, { first: 100 });
    expect(large.errors).toBeUndefined();
    expect(large.data?.candidates.nodes).toHaveLength(100);
    expect(large.statements).toBe(small.statements);
  });

  it('counts the total from the status/source totals exactly as a count of the rows would', async () => {
    await server.db.update(schema.candidates).set({ status: 'placed' }).where(sql`full_name like 'Bulk 1%'`);
    const total = `query($filter: CandidateFilter) { candidates(first: 1, filter: $filter) { totalCount } }`;
    for (const filter of [null, { status: 'placed' }, { status: 'active', source: 'self_registered' }, { source: 'added_by_partner' }, { search: 'Bulk 1' }]) {
      const { candidates } = await partner.client.data(total, { filter });
      const where = [
        filter?.status ? sql`status = ${filter.status}` : sql`true`,
        filter && 'source' in filter ? sql`source = ${filter.source}` : sql`true`,
        filter && 'search' in filter ? sql`full_name ilike ${`%${filter.search}%`}` : sql`true`,
      ];
      const [row] = await queryRows<{ n: number }>(server.db, sql`select count(*)::int as n from candidates where ${sql.join(where, sql` and `)}`);
      expect({ filter, total: candidates.totalCount }).toEqual({ filter, total: row!.n });
    }
  });
});
