import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq, sql } from '@pvr/db/orm';
import { pgErrorOf } from '../../errors.ts';
import { pseudonymOf } from '../../audit/pseudonym.ts';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { logCallNoteMutation, noteInput, openTestCase, type SignedIn } from './cases.fixtures.ts';

const listQuery = `query($caseId: ID!, $after: String) {
  callNotes(caseId: $caseId, first: 2, after: $after) { totalCount nodes { id body otherPartyName } pageInfo { hasNextPage endCursor } }
}`;

describe('call notes', () => {
  let server: TestServer;
  let partner: SignedIn;
  let caseId: string;
  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    caseId = (await openTestCase(partner)).id;
  });
  afterAll(() => server?.close());

  const notesStored = () => server.db.$count(schema.callNotes);

  it('logs a note with a normalised phone and lists it, newest call first, paged', async () => {
    const { logCallNote } = await partner.client.data(logCallNoteMutation, {
      input: noteInput(caseId, { otherPartyPhone: '412 34 567', occurredAt: '2024-05-02T08:00:00.000Z', body: '  Første samtale  ' }),
    });
    expect(logCallNote).toMatchObject({
      otherPartyPhone: '+4741234567',
      body: 'Første samtale',
      occurredAt: '2024-05-02T08:00:00.000Z',
      case: { id: caseId },
      author: { id: partner.user.id },
    });
    const later = await partner.client.data(logCallNoteMutation, { input: noteInput(caseId, { otherPartyPhone: '+46 8 123 456 78', direction: 'outgoing' }) });
    expect(later.logCallNote.otherPartyPhone).toBe('+46812345678');
    const earliest = await partner.client.data(logCallNoteMutation, { input: noteInput(caseId, { occurredAt: '2024-01-01T08:00:00.000Z' }) });

    const first = await partner.client.request<{ callNotes: { pageInfo: { endCursor: string } } }>(listQuery, { caseId });
    // Session, the case check, the page with its total and the audit insert.
    expect(first.statements).toBe(4);
    const page1 = await partner.client.data(listQuery, { caseId });
    expect(page1.callNotes.totalCount).toBe(3);
    expect(page1.callNotes.nodes.map((n: { id: string }) => n.id)).toEqual([later.logCallNote.id, logCallNote.id]);
    const page2 = await partner.client.data(listQuery, { caseId, after: page1.callNotes.pageInfo.endCursor });
    expect(page2.callNotes.nodes.map((n: { id: string }) => n.id)).toEqual([earliest.logCallNote.id]);
    expect(page2.callNotes.pageInfo.hasNextPage).toBe(false);
    // After a cursor the total is still the whole case's, not what follows the cursor.
    expect(page2.callNotes.totalCount).toBe(3);
    const nestedQuery = `query($id: ID!, $after: String) { case(id: $id) { callNoteCount callNotes(first: 1, after: $after) { totalCount nodes { id } pageInfo { endCursor } } } }`;
    const nested = await partner.client.data(nestedQuery, { id: caseId });
    expect(nested.case).toMatchObject({ callNoteCount: 3, callNotes: { totalCount: 3, nodes: [{ id: later.logCallNote.id }] } });
    const nestedNext = await partner.client.data(nestedQuery, { id: caseId, after: nested.case.callNotes.pageInfo.endCursor });
    expect(nestedNext.case).toMatchObject({ callNoteCount: 3, callNotes: { totalCount: 3, nodes: [{ id: logCallNote.id }] } });
  });

  it("counts a candidate's notes beyond the page asked with them, and none for a candidate without notes", async () => {
    const [busy, quiet] = await server.db
      .insert(schema.candidates)
      .values([{ fullName: 'Travel Kandidat', source: 'added_by_partner' }, { fullName: 'Rolig Kandidat', source: 'added_by_partner' }])
      .returning();
    for (const occurredAt of ['2024-02-01T08:00:00.000Z', '2024-02-02T08:00:00.000Z', '2024-02-03T08:00:00.000Z']) {
      await partner.client.data(logCallNoteMutation, { input: noteInput(caseId, { candidateId: busy!.id, occurredAt }) });
    }
    const query = `query($id: ID!) { candidate(id: $id) { callNoteCount callNotes(first: 1) { occurredAt } } }`;
    expect((await partner.client.data(query, { id: busy!.id })).candidate).toEqual({ callNoteCount: 3, callNotes: [{ occurredAt: '2024-02-03T08:00:00.000Z' }] });
    expect((await partner.client.data(query, { id: quiet!.id })).candidate).toEqual({ callNoteCount: 0, callNotes: [] });
    const countOnly = await partner.client.data(`query($id: ID!) { candidate(id: $id) { callNoteCount } }`, { id: busy!.id });
    expect(countOnly.candidate.callNoteCount).toBe(3);
  });

  it('refuses a phone number that is not one, naming the field', async () => {
    const result = await partner.client.request(logCallNoteMutation, { input: noteInput(caseId, { otherPartyPhone: '12' }) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'otherPartyPhone' });
  });

  it('refuses a note without a case and stores nothing', async () => {
    const before = await notesStored();
    const { caseId: _omitted, ...withoutCase } = noteInput(caseId);
    const missing = await partner.client.request(logCallNoteMutation, { input: withoutCase });
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.message).toContain('caseId');
    const empty = await partner.client.request(logCallNoteMutation, { input: noteInput('') });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
    expect(await notesStored()).toBe(before);
  });

  it('answers NOT_FOUND for a note on an unknown case', async () => {
    const before = await notesStored();
    const result = await partner.client.request(logCallNoteMutation, { input: noteInput('00000000-0000-4000-8000-000000000000') });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await notesStored()).toBe(before);
  });

  it('refuses a note for an unknown candidate, naming the field, and stores nothing', async () => {
    const before = await notesStored();
    const result = await partner.client.request(logCallNoteMutation, { input: noteInput(caseId, { candidateId: '00000000-0000-4000-8000-000000000000' }) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'candidateId' });
    expect(await notesStored()).toBe(before);
  });

  it('answers with the case and the author from what it already read: five statements in all', async () => {
    const [candidate] = await server.db.insert(schema.candidates).values({ fullName: 'Tellende Kandidat', source: 'self_registered' }).returning();
    const result = await partner.client.request<{ logCallNote: { case: { id: string }; author: { id: string; fullName: string } } }>(
      `mutation($input: LogCallNoteInput!) { logCallNote(input: $input) { id case { id reference title } author { id fullName } } }`,
      { input: noteInput(caseId, { candidateId: candidate!.id }) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.logCallNote.case.id).toBe(caseId);
    expect(result.data?.logCallNote.author).toEqual({ id: partner.user.id, fullName: 'Test partner' });
    // The session, the case check, the candidate's activity, the note, the audit entry.
    expect(result.statements).toBe(5);
  });

  it('refuses a note on a closed case with a clear message, and one in the future', async () => {
    const closed = await openTestCase(partner);
    await partner.client.data(`mutation($id: ID!) { closeCase(id: $id) { id } }`, { id: closed.id });
    const before = await notesStored();
    const result = await partner.client.request(logCallNoteMutation, { input: noteInput(closed.id) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'caseId' });
    expect(result.errors?.[0]?.message).toMatch(/closed/);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const future = await partner.client.request(logCallNoteMutation, { input: noteInput(caseId, { occurredAt: tomorrow }) });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredAt' });
    expect(await notesStored()).toBe(before);
  });

  it('is refused by the database when a note is inserted without a case', async () => {
    const insert = server.db.execute(sql`
      insert into call_notes (case_id, occurred_at, direction, other_party_name, author_id, body)
      values (null, now(), 'incoming', 'Direkte', ${partner.user.id}, 'Uten sak')`);
    const error = await insert.then(() => undefined, (e: unknown) => e);
    expect(pgErrorOf(error)?.code).toBe('23502');
  });

  it('touches the candidate and audits the note under the candidate, without text, names or phone', async () => {
    const [candidate] = await server.db
      .insert(schema.candidates)
      .values({ fullName: 'Kari Kandidat', source: 'self_registered', lastActivityAt: new Date('2020-01-01T00:00:00Z') })
      .returning();
    const { logCallNote } = await partner.client.data(logCallNoteMutation, {
      input: noteInput(caseId, { candidateId: candidate!.id, otherPartyName: 'Vitne Navnesen', otherPartyPhone: '99887766', body: 'Hemmelig innhold' }),
    });
    const [after] = await server.db.select().from(schema.candidates).where(eq(schema.candidates.id, candidate!.id));
    expect(after!.lastActivityAt.getTime()).toBeGreaterThan(new Date('2024-01-01').getTime());

    await partner.client.data(`query($id: ID!) { candidate(id: $id) { callNotes { body } callNoteCount } }`, { id: candidate!.id });
    const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityType, 'call_note')).orderBy(schema.auditLog.seq);
    const logged = entries.find((e) => e.entityId === logCallNote.id);
    expect(logged).toMatchObject({ action: 'callNote.log', actorId: partner.user.id });
    const subject = pseudonymOf(server.config.secretKey, 'candidate', candidate!.id);
    expect(logged?.subjectPseudonym).toBe(subject);
    const read = entries.filter((e) => e.action === 'callNote.list' && e.subjectPseudonym === subject);
    expect(read).toHaveLength(1);
    const everything = JSON.stringify(await server.db.select().from(schema.auditLog));
    for (const secret of ['Hemmelig', 'Vitne', 'Navnesen', '99887766', 'Ola Innringer', 'Første samtale']) expect(everything).not.toContain(secret);
  });

  it('shows auditors the metadata of notes but never their text', async () => {
    const auditor = await server.signIn('auditor');
    const result = await auditor.client.request<{ callNotes: { nodes: { otherPartyName: string; body: string | null }[] } }>(listQuery, { caseId });
    expect(result.data?.callNotes.nodes.length).toBeGreaterThan(0);
    expect(result.data?.callNotes.nodes.every((n) => n.body === null && n.otherPartyName)).toBe(true);
    expect(result.errors?.length).toBe(result.data?.callNotes.nodes.length);
    expect(result.errors?.every((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.at(-1) === 'body')).toBe(true);
    const logged = await auditor.client.request(logCallNoteMutation, { input: noteInput(caseId) });
    expect(logged.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('costs the same number of SQL statements for a candidates page of 10 and of 100 with their notes', async () => {
    const bulkCase = await openTestCase(partner);
    for (let i = 0; i < 100; i += 1) {
      const [candidate] = await server.db.insert(schema.candidates).values({ fullName: `Bulk ${i}`, source: 'self_registered' }).returning();
      await server.db.insert(schema.callNotes).values({
        caseId: bulkCase.id, candidateId: candidate!.id, occurredAt: new Date(), direction: 'incoming', otherPartyName: 'Bulk', authorId: partner.user.id, body: 'Bulk',
      });
    }
    const counts = `query($first: Int) { candidates(first: $first) { nodes { id callNoteCount } } }`;
    const small = await partner.client.request(counts, { first: 10 });
    const large = await partner.client.request<{ candidates: { nodes: { callNoteCount: number }[] } }>(counts, { first: 100 });
    expect(large.errors).toBeUndefined();
    expect(large.data?.candidates.nodes.every((n) => n.callNoteCount === 1)).toBe(true);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);

    const notes = `query($first: Int) { candidates(first: $first) { nodes { id callNoteCount callNotes(first: 3) { id body author { id } case { id } } } } }`;
    const smallNotes = await partner.client.request(notes, { first: 10 });
    const largeNotes = await partner.client.request<{ candidates: { nodes: { callNotes: unknown[] }[] } }>(notes, { first: 100 });
    expect(largeNotes.errors).toBeUndefined();
    expect(largeNotes.data?.candidates.nodes.every((n) => n.callNotes.length === 1)).toBe(true);
    expect(largeNotes.statements).toBe(smallNotes.statements);
  });
});
