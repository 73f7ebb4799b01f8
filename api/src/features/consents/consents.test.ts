import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { inArray } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';

const record = `mutation($input: RecordConsentInput!) {
  recordConsent(input: $input) { id subjectType candidateId purpose caseId action occurredAt method evidenceNote recordedById }
}`;
const current = `query($subject: ConsentSubjectInput!) {
  currentConsents(subject: $subject) { purpose caseId granted since event { id action } }
}`;
const history = `query($subject: ConsentSubjectInput!, $purpose: ConsentPurpose, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  consentHistory(subject: $subject, purpose: $purpose, from: $from, to: $to, first: $first, after: $after) {
    nodes { id action purpose occurredAt } pageInfo { endCursor hasNextPage } totalCount
  }
}`;
const asOf = `query($subject: ConsentSubjectInput!, $purpose: ConsentPurpose!, $caseId: ID, $at: DateTime!) {
  consentAsOf(subject: $subject, purpose: $purpose, caseId: $caseId, at: $at) { granted since caseId event { id } }
}`;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('consents', () => {
  let server: TestServer;
  let partner: Awaited<ReturnType<TestServer['signIn']>>;
  const newCandidate = async (fullName = 'Kari Samtykke') => {
    const [row] = await server.db.insert(schema.candidates).values({ fullName, email: `${crypto.randomUUID()}@example.test`, source: 'self_registered' }).returning();
    return row!;
  };
  const newCase = async (reference: string) => {
    const [row] = await server.db
      .insert(schema.cases)
      .values({ reference, title: 'Daglig leder', clientName: 'Kunde AS', responsiblePartnerId: partner.user.id })
      .returning();
    return row!;
  };

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
  });
  afterAll(() => server?.close());

  it('records a grant then a withdrawal; current state and history follow', async () => {
    const candidate = await newCandidate();
    const subject = { candidateId: candidate.id };
    const { recordConsent: grant } = await partner.client.data(record, {
      input: { subject, purpose: 'web_analytics', action: 'granted', method: 'web_form', occurredAt: daysAgo(10), evidenceNote: 'Skjema v2' },
    });
    expect(grant).toMatchObject({ subjectType: 'candidate', candidateId: candidate.id, action: 'granted', recordedById: partner.user.id });
    expect((await partner.client.data(current, { subject })).currentConsents).toEqual([
      { purpose: 'web_analytics', caseId: null, granted: true, since: grant.occurredAt, event: { id: grant.id, action: 'granted' } },
    ]);

    const { recordConsent: withdrawal } = await partner.client.data(record, {
      input: { subject, purpose: 'web_analytics', action: 'withdrawn', method: 'email' },
    });
    const after = (await partner.client.data(current, { subject })).currentConsents;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ granted: false, since: withdrawal.occurredAt, event: { id: withdrawal.id } });

    const { consentHistory } = await partner.client.data(history, { subject });
    expect(consentHistory.totalCount).toBe(2);
    expect(consentHistory.nodes.map((n: { id: string }) => n.id)).toEqual([withdrawal.id, grant.id]);
  });

  it('answers "as of" before, between and after events', async () => {
    const candidate = await newCandidate();
    const subject = { candidateId: candidate.id };
    const input = { subject, purpose: 'web_analytics', method: 'phone' };
    const { recordConsent: grant } = await partner.client.data(record, { input: { ...input, action: 'granted', occurredAt: daysAgo(30) } });
    await partner.client.data(record, { input: { ...input, action: 'withdrawn', occurredAt: daysAgo(10) } });
    const at = async (when: string) => (await partner.client.data(asOf, { subject, purpose: 'web_analytics', at: when })).consentAsOf;
    expect(await at(daysAgo(40))).toBeNull();
    expect(await at(daysAgo(20))).toMatchObject({ granted: true, event: { id: grant.id } });
    expect(await at(grant.occurredAt)).toMatchObject({ granted: true });
    expect(await at(daysAgo(5))).toMatchObject({ granted: false });
  });

  it('scopes share_with_client to one case and refuses it without a case', async () => {
    const candidate = await newCandidate();
    const subject = { candidateId: candidate.id };
    const [caseA, caseB] = [await newCase('OPP-A'), await newCase('OPP-B')];
    const missing = await partner.client.request(record, { input: { subject, purpose: 'share_with_client', action: 'granted', method: 'email' } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
    const stray = await partner.client.request(record, {
      input: { subject, purpose: 'candidate_registry', caseId: caseA.id, action: 'granted', method: 'email' },
    });
    expect(stray.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });

    await partner.client.data(record, { input: { subject, purpose: 'share_with_client', caseId: caseA.id, action: 'granted', method: 'email' } });
    const now = new Date().toISOString();
    const forA = await partner.client.data(asOf, { subject, purpose: 'share_with_client', caseId: caseA.id, at: now });
    const forB = await partner.client.data(asOf, { subject, purpose: 'share_with_client', caseId: caseB.id, at: now });
    expect(forA.consentAsOf).toMatchObject({ granted: true, caseId: caseA.id });
    expect(forB.consentAsOf).toBeNull();
    const states = (await partner.client.data(current, { subject })).currentConsents;
    expect(states).toEqual([expect.objectContaining({ purpose: 'share_with_client', caseId: caseA.id, granted: true })]);
  });

  it('pages history newest first with a keyset cursor and filters by period', async () => {
    const candidate = await newCandidate();
    const subject = { candidateId: candidate.id };
    for (const [days, action] of [[9, 'granted'], [7, 'withdrawn'], [5, 'granted'], [3, 'withdrawn']] as const) {
      await partner.client.data(record, { input: { subject, purpose: 'web_analytics', action, method: 'web_form', occurredAt: daysAgo(days) } });
    }
    const first = (await partner.client.data(history, { subject, first: 3 })).consentHistory;
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await partner.client.data(history, { subject, first: 3, after: first.pageInfo.endCursor })).consentHistory;
    expect(second.nodes).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const times = [...first.nodes, ...second.nodes].map((n: { occurredAt: string }) => n.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    const window = (await partner.client.data(history, { subject, from: daysAgo(8), to: daysAgo(4) })).consentHistory;
    expect(window.nodes.map((n: { action: string }) => n.action)).toEqual(['granted', 'withdrawn']);
    const bad = await partner.client.request(history, { subject, after: 'garbage' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('keeps a person given by email apart, and lists recent events across subjects', async () => {
    const subject = { personEmail: ' Ola.Person@Example.TEST ' };
    const { recordConsent: event } = await partner.client.data(record, {
      input: { subject, personName: 'Ola Person', purpose: 'advertising', action: 'granted', method: 'in_person' },
    });
    const states = (await partner.client.data(current, { subject: { personEmail: 'ola.person@example.test' } })).currentConsents;
    expect(states).toEqual([expect.objectContaining({ purpose: 'advertising', granted: true, event: { id: event.id, action: 'granted' } })]);
    const recent = `query { recentConsentEvents(purpose: advertising, action: granted, first: 5) { nodes { id personEmail personName } totalCount } }`;
    const { recentConsentEvents } = await partner.client.data(recent);
    expect(recentConsentEvents.nodes).toEqual([{ id: event.id, personEmail: 'ola.person@example.test', personName: 'Ola Person' }]);
  });

  it('audits every read and record with ids only, never the email or name', async () => {
    const subject = { personEmail: 'audit.me@example.test' };
    const { recordConsent: event } = await partner.client.data(record, {
      input: { subject, personName: 'Anne Revisjon', purpose: 'web_analytics', action: 'granted', method: 'email', evidenceNote: 'Svarte på e-post' },
    });
    await partner.client.data(current, { subject });
    await partner.client.data(history, { subject });
    const entries = await server.db.select().from(schema.auditLog);
    const mine = entries.filter((e) => e.actorId === partner.user.id);
    expect(mine.map((e) => e.action)).toEqual(expect.arrayContaining(['consent.record', 'consent.current.read', 'consent.history.read']));
    expect(mine.some((e) => e.action === 'consent.record' && e.entityId === event.id)).toBe(true);
    const pseudonyms = new Set(mine.filter((e) => e.action.startsWith('consent.') && e.subjectPseudonym).map((e) => e.subjectPseudonym));
    expect(pseudonyms.size).toBeGreaterThan(0);
    const text = JSON.stringify(entries);
    for (const secret of ['audit.me', 'Anne', 'Svarte', 'ola.person', 'example.test']) expect(text).not.toContain(secret);
  });

  it('derives Candidate.consents for a page with the same number of statements for 10 and 100', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 100; i += 1) ids.push((await newCandidate(`Bulk ${i}`)).id);
    const values = ids.flatMap((candidateId, i) => [
      { subjectType: 'candidate' as const, candidateId, purpose: 'candidate_registry' as const, action: 'granted' as const, method: 'web_form' as const, occurredAt: new Date(Date.now() - 2_000) },
      { subjectType: 'candidate' as const, candidateId, purpose: 'candidate_registry' as const, action: i % 2 ? ('withdrawn' as const) : ('granted' as const), method: 'email' as const, occurredAt: new Date(Date.now() - 1_000) },
    ]);
    await server.db.insert(schema.consentEvents).values(values);
    const query = `query($first: Int) { candidates(first: $first) { nodes { id consents { purpose granted event { id action } } } } }`;
    const small = await partner.client.request(query, { first: 10 });
    const large = await partner.client.request<{ candidates: { nodes: { id: string; consents: { granted: boolean }[] }[] } }>(query, { first: 100 });
    expect(large.errors).toBeUndefined();
    expect(large.data?.candidates.nodes).toHaveLength(100);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
    const expected = new Map(ids.map((id, i) => [id, i % 2 === 0]));
    for (const node of large.data!.candidates.nodes.filter((n) => expected.has(n.id))) {
      expect(node.consents).toHaveLength(1);
      expect(node.consents[0]?.granted).toBe(expected.get(node.id));
    }
    const reads = await server.db.select().from(schema.auditLog).where(inArray(schema.auditLog.action, ['consent.current.read']));
    expect(reads.length).toBeGreaterThanOrEqual(2);
    // The states are read without their events; the events asked for are read (and audited) by id.
    const eventReads = await server.db.select().from(schema.auditLog).where(inArray(schema.auditLog.action, ['consent.event.read']));
    expect(eventReads.length).toBeGreaterThanOrEqual(2);
    const withoutEvents = await partner.client.request(`query($first: Int) { candidates(first: $first) { nodes { id consents { purpose granted } } } }`, { first: 100 });
    // Events cost one more batch (their read and its audit insert) whatever the page size.
    expect(withoutEvents.statements).toBe(large.statements - 2);
  });
});
