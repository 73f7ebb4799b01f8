import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { logCallNoteMutation, noteInput, openTestCase, type SignedIn } from './cases.fixtures.ts';

/** Staff reach only the cases they work on; another member's case must look like no case at all. */
describe('case access for staff and auditors', () => {
  let server: TestServer;
  let partner: SignedIn;
  let staffA: SignedIn;
  let staffB: SignedIn;
  let caseA: string;
  let caseB: string;
  let candidateId: string;
  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    staffA = await server.signIn('staff');
    staffB = await server.signIn('staff');
    caseA = (await openTestCase(partner, { memberIds: [staffA.user.id], title: 'Sak for A' })).id;
    caseB = (await openTestCase(partner, { memberIds: [staffB.user.id], title: 'Sak for B' })).id;
    const [candidate] = await server.db.insert(schema.candidates).values({ fullName: 'Delt Kandidat', source: 'self_registered' }).returning();
    candidateId = candidate!.id;
    await staffA.client.data(logCallNoteMutation, { input: noteInput(caseA, { candidateId, body: 'Notat i sak A' }) });
    await staffB.client.data(logCallNoteMutation, { input: noteInput(caseB, { candidateId, body: 'Notat i sak B' }) });
  });
  afterAll(() => server?.close());

  it('lists and finds only the cases a staff member works on', async () => {
    const { cases } = await staffA.client.data(`query { cases { totalCount nodes { id } } }`);
    expect(cases).toEqual({ totalCount: 1, nodes: [{ id: caseA }] });
    const { searchCases } = await staffA.client.data(`query { searchCases(text: "Sak for") { id } }`);
    expect(searchCases).toEqual([{ id: caseA }]);
    const { cases: all } = await partner.client.data(`query { cases { totalCount } }`);
    expect(all.totalCount).toBe(2);
  });

  it("answers another member's case id exactly like an unknown id", async () => {
    const query = `query($id: ID!) { case(id: $id) { id title } }`;
    const guessed = await staffA.client.request(query, { id: caseB });
    const unknown = await staffA.client.request(query, { id: '00000000-0000-4000-8000-000000000000' });
    expect(guessed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(guessed.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(JSON.stringify(guessed)).not.toContain('Sak for B');
    const notes = await staffA.client.request(`query($caseId: ID!) { callNotes(caseId: $caseId) { nodes { body } } }`, { caseId: caseB });
    expect(notes.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(notes)).not.toContain('Notat i sak B');
  });

  it("refuses a note on another member's case and stores nothing", async () => {
    const before = await server.db.$count(schema.callNotes);
    const result = await staffA.client.request(logCallNoteMutation, { input: noteInput(caseB) });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await server.db.$count(schema.callNotes)).toBe(before);
  });

  it("shows a staff member only their own cases' notes about a candidate", async () => {
    const query = `query($id: ID!) { candidate(id: $id) { callNoteCount callNotes { body case { id } } } }`;
    const asA = await staffA.client.data(query, { id: candidateId });
    expect(asA.candidate).toEqual({ callNoteCount: 1, callNotes: [{ body: 'Notat i sak A', case: { id: caseA } }] });
    const asPartner = await partner.client.data(query, { id: candidateId });
    expect(asPartner.candidate.callNoteCount).toBe(2);
  });

  it('takes access away when a member is removed from the case', async () => {
    const extra = await openTestCase(partner, { memberIds: [staffA.user.id] });
    const query = `query($id: ID!) { case(id: $id) { id } }`;
    expect((await staffA.client.data(query, { id: extra.id })).case.id).toBe(extra.id);
    await partner.client.data(`mutation($c: ID!, $u: ID!) { removeCaseMember(caseId: $c, userId: $u) { id } }`, { c: extra.id, u: staffA.user.id });
    expect((await staffA.client.request(query, { id: extra.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets auditors read every case and the metadata of its notes, but change nothing', async () => {
    const auditor = await server.signIn('auditor');
    const { cases } = await auditor.client.data(`query { cases { totalCount } }`);
    expect(cases.totalCount).toBeGreaterThanOrEqual(2);
    const notes = await auditor.client.request<{ case: { callNotes: { nodes: { otherPartyName: string; body: null }[] } } }>(
      `query($id: ID!) { case(id: $id) { callNotes { nodes { otherPartyName body } } } }`,
      { id: caseB },
    );
    expect(notes.data?.case.callNotes.nodes).toEqual([{ otherPartyName: 'Ola Innringer', body: null }]);
    expect(notes.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const open = await auditor.client.request(`mutation($id: ID!) { closeCase(id: $id) { id } }`, { id: caseB });
    expect(open.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
