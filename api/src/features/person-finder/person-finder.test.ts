import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';

type SignedIn = Awaited<ReturnType<TestServer['signIn']>>;
type Match = { area: string; recordId: string; label: string; matchedBy: string; candidateId: string | null; subscriberId: string | null; caseId: string | null };

const findQuery = `query($query: String!) { findPerson(query: $query) { area recordId label matchedBy candidateId subscriberId caseId } }`;
const email = 'bjorn.finn@example.test';
const phone = '+4791234567';

describe('find the person everywhere', () => {
  let server: TestServer;
  let partner: SignedIn;
  const ids = {} as Record<string, string>;

  const find = async (query: string): Promise<Match[]> => (await partner.client.data(findQuery, { query })).findPerson;
  const where = (matches: Match[]) => matches.map((m) => `${m.area}:${m.recordId}:${m.matchedBy}`).sort();
  const expectAt = (...entries: [string, string, string][]) => entries.map(([area, key, by]) => `${area}:${ids[key]}:${by}`).sort();

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    const db = server.db;
    const [candidate] = await db
      .insert(schema.candidates)
      .values({ fullName: 'Bjørn Ærlig Åsen', email, phone, source: 'self_registered' })
      .returning();
    ids.candidate = candidate!.id;
    await db.insert(schema.candidates).values({ fullName: 'Kari Nordmann', email: 'kari.n@example.test', phone: '+4798765432', source: 'self_registered' });
    const [caseRow] = await db
      .insert(schema.cases)
      .values({ reference: 'FINN-1', title: 'Rekruttering', clientName: 'Kunde AS', responsiblePartnerId: partner.user.id })
      .returning();
    ids.case = caseRow!.id;
    const note = async (key: string, values: Partial<typeof schema.callNotes.$inferInsert>) => {
      const [row] = await db
        .insert(schema.callNotes)
        .values({ caseId: ids.case!, occurredAt: new Date('2025-03-04T10:00:00Z'), direction: 'incoming', otherPartyName: 'Noen', authorId: partner.user.id, body: 'Generell prat.', ...values })
        .returning();
      ids[key] = row!.id;
    };
    await note('noteByName', { otherPartyName: 'Bjørn Åsen' });
    await note('noteByPhone', { otherPartyName: 'Ukjent innringer', otherPartyPhone: phone });
    await note('noteLinked', { otherPartyName: 'HR hos kunden', candidateId: ids.candidate });
    await note('noteMention', { body: 'Ring Bjorn tilbake på 912 34 567 i morgen.' });
    await note('noteOtherNumber', { body: 'Sentralbordet har 912 34 5678.' });
    const [event] = await db
      .insert(schema.consentEvents)
      .values({ subjectType: 'person', personEmail: email, personName: 'Bjørn Åsen', purpose: 'advertising', action: 'granted', occurredAt: new Date('2025-02-01T10:00:00Z'), method: 'email' })
      .returning();
    ids.consent = event!.id;
    const [subscriber] = await db.insert(schema.subscribers).values({ email, source: 'web_form' }).returning();
    ids.subscriber = subscriber!.id;
    const [inquiry] = await db.insert(schema.contactInquiries).values({ name: 'Bjørn Åsen', email, phone, message: 'Hei!' }).returning();
    ids.inquiry = inquiry!.id;
    const [request] = await db
      .insert(schema.dataSubjectRequests)
      .values({ kind: 'access', requesterName: 'B. Åsen', requesterEmail: email, receivedOn: '2025-03-01', dueOn: '2025-04-01' })
      .returning();
    ids.request = request!.id;
    const [linkedRequest] = await db
      .insert(schema.dataSubjectRequests)
      .values({ kind: 'erasure', requesterName: 'Kandidaten', candidateId: ids.candidate, receivedOn: '2025-03-02', dueOn: '2025-04-02' })
      .returning();
    ids.linkedRequest = linkedRequest!.id;
  });
  afterAll(() => server?.close());

  it('finds by email, exact and normalised, in every area that holds it', async () => {
    const matches = await find('  BJORN.FINN@Example.test ');
    expect(where(matches)).toEqual(
      expectAt(
        ['candidate', 'candidate', 'email'],
        ['consent_event', 'consent', 'email'],
        ['call_note', 'noteLinked', 'linked_candidate'],
        ['subscriber', 'subscriber', 'email'],
        ['contact_inquiry', 'inquiry', 'email'],
        ['data_subject_request', 'request', 'email'],
        ['data_subject_request', 'linkedRequest', 'linked_candidate'],
      ),
    );
    expect(matches.find((m) => m.area === 'candidate')).toMatchObject({ label: 'Bjørn Ærlig Åsen', candidateId: ids.candidate });
    expect(matches.find((m) => m.area === 'subscriber')).toMatchObject({ label: 'newsletter · pending', subscriberId: ids.subscriber, candidateId: null });
    expect(matches.find((m) => m.area === 'call_note')).toMatchObject({ label: 'FINN-1 · 2025-03-04', caseId: ids.case, candidateId: ids.candidate });
    expect(matches.find((m) => m.area === 'consent_event')?.label).toBe('advertising · granted · 2025-02-01');
    expect(matches.find((m) => m.recordId === ids.request)?.label).toBe('access · 2025-03-01');
    expect(await find('finn@example.test')).toEqual([]);
  });

  it('finds by phone in any spelling, including mentions in call notes, but not a longer number', async () => {
    const expected = expectAt(
      ['candidate', 'candidate', 'phone'],
      ['call_note', 'noteByPhone', 'phone'],
      ['call_note', 'noteLinked', 'linked_candidate'],
      ['call_note', 'noteMention', 'mention'],
      ['contact_inquiry', 'inquiry', 'phone'],
      ['data_subject_request', 'linkedRequest', 'linked_candidate'],
    );
    for (const typed of ['91234567', '+47 912 34 567', '0047 912 34 567']) expect(where(await find(typed)), typed).toEqual(expected);
  });

  it('finds by part of a name, case-insensitive, with æ/ø/å typed as ae/o/aa', async () => {
    const expected = expectAt(
      ['candidate', 'candidate', 'name'],
      ['consent_event', 'consent', 'name'],
      ['call_note', 'noteByName', 'name'],
      ['call_note', 'noteLinked', 'linked_candidate'],
      ['contact_inquiry', 'inquiry', 'name'],
      ['data_subject_request', 'linkedRequest', 'linked_candidate'],
    );
    for (const typed of ['BJØRN', 'bjorn', 'Åsen', 'aasen']) {
      const found = where(await find(typed));
      expect(found, typed).toEqual(expect.arrayContaining(expected));
    }
    // "Bjorn" also meets the note that mentions him by name in its text.
    expect(where(await find('bjorn'))).toContain(`call_note:${ids.noteMention}:mention`);
    expect(where(await find('bjorn aerlig'))).toEqual(
      expectAt(['candidate', 'candidate', 'name'], ['call_note', 'noteLinked', 'linked_candidate'], ['data_subject_request', 'linkedRequest', 'linked_candidate']),
    );
    expect(where(await find('ÅSEN'))).toEqual(expect.arrayContaining(expectAt(['data_subject_request', 'request', 'name'])));
    expect(await find('%_%')).toEqual([]);
  });

  it('answers with at most 50 per area, in a fixed number of statements, audited with counts only', async () => {
    await server.db.insert(schema.candidates).values(Array.from({ length: 55 }, (_, i) => ({ fullName: `Massekandidat ${i}`, source: 'added_by_partner' as const })));
    const many = await partner.client.request<{ findPerson: Match[] }>(findQuery, { query: 'massekandidat' });
    const few = await partner.client.request<{ findPerson: Match[] }>(findQuery, { query: 'Kari Nordmann' });
    expect(many.data?.findPerson.filter((m) => m.area === 'candidate')).toHaveLength(50);
    expect(few.data?.findPerson).toHaveLength(1);
    expect(many.statements).toBe(few.statements);

    const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'person.find')).orderBy(schema.auditLog.seq);
    expect(entries.at(-2)).toMatchObject({ actorId: partner.user.id, details: { queryKind: 'name', counts: { candidate: 50 }, total: 50 } });
    const log = JSON.stringify(entries.map((e) => [e.details, e.entityId, e.subjectPseudonym]));
    for (const typed of ['assekandidat', 'Nordmann', 'bjorn', 'BJORN', '91234567', 'finn@']) expect(log).not.toContain(typed);
  });

  it('is for partners only, and refuses a search too short to mean anything', async () => {
    for (const role of ['staff', 'auditor'] as const) {
      const other = await server.signIn(role);
      expect((await other.client.request(findQuery, { query: email })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await partner.client.request(findQuery, { query: ' a ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    const shortNumber = await partner.client.request(findQuery, { query: '12 34' });
    expect(shortNumber.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(shortNumber.errors?.[0]?.message).toMatch(/at least 5 digits/);
  });
});
