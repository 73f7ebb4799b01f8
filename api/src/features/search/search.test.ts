import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq, inArray } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { logCallNoteMutation, noteInput, openTestCase, type SignedIn } from '../cases/cases.fixtures.ts';

const searchQuery = `query($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    candidates { score candidate { id fullName } }
    callNotes { rank headline note { id case { id } } }
  }
}`;

type Result = { search: { candidates: { score: number; candidate: { id: string; fullName: string } }[]; callNotes: { headline: string; note: { id: string } }[] } };

describe('search', () => {
  let server: TestServer;
  let partner: SignedIn;
  let staff: SignedIn;
  let auditor: SignedIn;
  const ids: Record<string, string> = {};
  let staffNote: string;
  let hiddenNote: string;

  const addCandidate = async (fullName: string) => {
    const { createCandidate } = await partner.client.data(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { fullName } });
    ids[fullName] = createCandidate.id;
  };
  const run = (who: SignedIn, text: string, first?: number) => who.client.request<Result>(searchQuery, { text, first });
  const names = async (who: SignedIn, text: string) => ((await run(who, text)).data?.search.candidates ?? []).map((hit) => hit.candidate.fullName);

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    staff = await server.signIn('staff');
    auditor = await server.signIn('auditor');
    for (const name of ['Bjørn Ødegård', 'Kari Bærum', 'Per Åsen', 'Lise Hansen']) await addCandidate(name);
    const shared = await openTestCase(partner, { memberIds: [staff.user.id] });
    const other = await openTestCase(partner);
    const log = async (caseId: string, body: string) =>
      (await partner.client.data(logCallNoteMutation, { input: noteInput(caseId, { body, candidateId: ids['Per Åsen'] }) })).logCallNote.id as string;
    staffNote = await log(shared.id, 'Kandidaten ringte om stillingene i Bergen og lønnsnivået.');
    hiddenNote = await log(other.id, 'Kunden ønsker flere stillinger innen regnskap.');
    await log(other.id, 'Ingen treff her: bare vær og vind.');
  });
  afterAll(() => server?.close());

  it('finds a name without ø, æ or å, with aa for å, and with a typo', async () => {
    expect(await names(partner, 'bjorn odegard')).toContain('Bjørn Ødegård');
    expect(await names(partner, 'Bjørn Ødegaard')).toContain('Bjørn Ødegård');
    expect(await names(partner, 'Baerum')).toContain('Kari Bærum');
    expect(await names(partner, 'Aasen')).toContain('Per Åsen');
    expect(await names(partner, 'Hanssen')).toContain('Lise Hansen');
    expect(await names(partner, 'Odegard')).not.toContain('Lise Hansen');
  });

  it('finds notes by a Norwegian word form and shows the matching passage', async () => {
    const result = await run(partner, 'stilling');
    const notes = result.data!.search.callNotes;
    expect(notes.map((hit) => hit.note.id).sort()).toEqual([staffNote, hiddenNote].sort());
    expect(notes.find((hit) => hit.note.id === staffNote)?.headline).toContain('<b>stillingene</b>');
  });

  it('gives staff only the notes of cases they work on, and auditors no notes at all', async () => {
    const asStaff = await run(staff, 'stilling');
    expect(asStaff.data!.search.callNotes.map((hit) => hit.note.id)).toEqual([staffNote]);
    const asAuditor = await run(auditor, 'stilling');
    expect(asAuditor.errors).toBeUndefined();
    expect(asAuditor.data!.search.callNotes).toEqual([]);
    expect(await names(auditor, 'Aasen')).toContain('Per Åsen');
  });

  it('writes one audit entry with ids only, never the search text', async () => {
    const entryOf = async (text: string) => {
      const result = await run(partner, text);
      const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.requestId, result.requestId));
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'search.run', entityType: 'search', subjectPseudonym: null });
      expect(JSON.stringify(entries[0])).not.toContain(text);
      return entries[0]!.details;
    };
    expect(await entryOf('Aasen')).toEqual({ candidateIds: [ids['Per Åsen']], noteIds: [], noteCandidateIds: [] });
    expect(await entryOf('Bergen')).toEqual({ candidateIds: [], noteIds: [staffNote], noteCandidateIds: [ids['Per Åsen']] });
  });

  it('matches every word of the query against a word of the name, an initial by its letter', async () => {
    expect(await names(partner, 'Kari B')).toEqual(['Kari Bærum']);
    expect(await names(partner, 'baerum kari')).toEqual(['Kari Bærum']);
    // Each name has one of the words, neither has both.
    expect(await names(partner, 'Kari Hansen')).toEqual([]);
    // A typo in one word lowers the score below an exact match's 1.
    const scores = (await run(partner, 'Lise Hanssen')).data!.search.candidates.map((hit) => hit.score);
    expect(scores).toHaveLength(1);
    expect(scores[0]).toBeGreaterThan(0.6);
    expect(scores[0]).toBeLessThan(1);
    expect((await run(partner, 'lise hansen')).data!.search.candidates.map((hit) => hit.score)).toEqual([1]);
  });

  it('forgets an erased candidate: no hit, and no word of the name left in the dictionary', async () => {
    await addCandidate('Zqrta Vumbelin');
    expect(await names(partner, 'vumbelin')).toEqual(['Zqrta Vumbelin']);
    const words = () => server.db.select().from(schema.candidateNameWords).where(inArray(schema.candidateNameWords.word, ['zqrta', 'vumbelin']));
    expect(await words()).toHaveLength(2);
    await partner.client.data(`mutation($subject: SubjectInput!) { eraseDataSubject(subject: $subject, confirm: true) { tombstoneId } }`, {
      subject: { candidateId: ids['Zqrta Vumbelin'] },
    });
    expect(await names(partner, 'vumbelin')).toEqual([]);
    expect(await words()).toEqual([]);
  });

  it('costs the same number of statements whatever the page size, and refuses a blank text', async () => {
    const small = await run(partner, 'stilling', 1);
    const large = await run(partner, 'stilling', 50);
    expect(small.statements).toBe(large.statements);
    // Session, the two searches sent together, the audit insert and the notes' cases (one batch).
    expect(large.statements).toBe(5);
    const blank = await run(partner, '   ');
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });
});
