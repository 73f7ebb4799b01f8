import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq, sql } from '@pvr/db/orm';
import { pgErrorOf } from '../../errors.ts';
import { startTestServer, type TestServer } from '../../../test/harness.ts';

const record = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id action } }`;
const current = `query($subject: ConsentSubjectInput!) { currentConsents(subject: $subject) { purpose granted } }`;
const unknownId = '00000000-0000-4000-8000-000000000000';

describe('consents: refusals', () => {
  let server: TestServer;
  let partner: Awaited<ReturnType<TestServer['signIn']>>;
  let candidateId: string;
  const stored = async () => ({ events: await server.db.$count(schema.consentEvents), audit: await server.db.$count(schema.auditLog) });

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    const [candidate] = await server.db.insert(schema.candidates).values({ fullName: 'Vakt Kandidat', source: 'added_by_partner' }).returning();
    candidateId = candidate!.id;
  });
  afterAll(() => server?.close());

  const valid = () => ({ subject: { candidateId }, purpose: 'candidate_registry', action: 'granted', method: 'email' });
  const refusals: [string, Record<string, unknown>, { code: string; field?: string }][] = [
    ['no subject given', { subject: {} }, { code: 'BAD_USER_INPUT', field: 'subject' }],
    ['two subjects', { subject: { candidateId: unknownId, personEmail: 'a@example.test' } }, { code: 'BAD_USER_INPUT', field: 'subject' }],
    ['a malformed email', { subject: { personEmail: 'not-an-email' }, purpose: 'advertising' }, { code: 'BAD_USER_INPUT', field: 'subject.personEmail' }],
    ['a malformed candidate id', { subject: { candidateId: 'abc' } }, { code: 'BAD_USER_INPUT', field: 'subject.candidateId' }],
    ['a future occurredAt', { occurredAt: new Date(Date.now() + 86_400_000).toISOString() }, { code: 'BAD_USER_INPUT', field: 'occurredAt' }],
    ['newsletter for a candidate', { purpose: 'newsletter' }, { code: 'BAD_USER_INPUT', field: 'purpose' }],
    ['a person name on a candidate', { personName: 'Noen' }, { code: 'BAD_USER_INPUT', field: 'personName' }],
    ['an unknown candidate', { subject: { candidateId: unknownId } }, { code: 'NOT_FOUND' }],
    ['an unknown subscriber', { subject: { subscriberId: unknownId }, purpose: 'newsletter' }, { code: 'NOT_FOUND' }],
    ['an unknown case', { purpose: 'share_with_client', caseId: unknownId }, { code: 'NOT_FOUND' }],
  ];

  for (const [name, change, expected] of refusals) {
    it(`refuses ${name} and stores nothing`, async () => {
      const before = await stored();
      const result = await partner.client.request(record, { input: { ...valid(), ...change } });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject(expected);
      expect(result.errors?.[0]?.message).not.toMatch(/example\.test/);
      expect(await stored()).toEqual(before);
    });
  }

  it('refuses a missing subject at the GraphQL layer', async () => {
    const { subject: _subject, ...input } = valid();
    const result = await partner.client.request(record, { input });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a period that ends before it starts', async () => {
    const query = `query($from: DateTime, $to: DateTime) { recentConsentEvents(from: $from, to: $to) { totalCount } }`;
    const result = await partner.client.request(query, { from: '2024-02-01T00:00:00Z', to: '2024-01-01T00:00:00Z' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('lets the database refuse UPDATE, DELETE and TRUNCATE of a consent event', async () => {
    const { recordConsent: event } = await partner.client.data(record, { input: valid() });
    const refusal = async (statement: Promise<unknown>) => {
      const error = await statement.then(() => undefined, (e: unknown) => e);
      return pgErrorOf(error)?.code;
    };
    expect(await refusal(server.db.execute(sql`update consent_events set action = 'withdrawn' where id = ${event.id}`))).toBe('PV001');
    expect(await refusal(server.db.execute(sql`delete from consent_events where id = ${event.id}`))).toBe('PV001');
    expect(await refusal(server.db.execute(sql`truncate consent_events cascade`))).toBe('PV001');
    const [row] = await server.db.select().from(schema.consentEvents).where(eq(schema.consentEvents.id, event.id));
    expect(row?.action).toBe('granted');
  });

  it('lets staff record consent and auditors read it, but not record it', async () => {
    const staff = await server.signIn('staff');
    const auditor = await server.signIn('auditor');
    const byStaff = await staff.client.data(record, { input: { ...valid(), purpose: 'web_analytics' } });
    expect(byStaff.recordConsent.action).toBe('granted');
    const before = await stored();
    const byAuditor = await auditor.client.request(record, { input: valid() });
    expect(byAuditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toEqual(before);
    const read = await auditor.client.data(current, { subject: { candidateId } });
    expect(read.currentConsents).toEqual(expect.arrayContaining([{ purpose: 'web_analytics', granted: true }]));
    const anonymous = await server.anonymous().request(current, { subject: { candidateId } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND when reading an unknown candidate', async () => {
    const result = await partner.client.request(current, { subject: { candidateId: unknownId } });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses the history of an unknown candidate or subscriber, writing no entry; an empty history is a page', async () => {
    const history = `query($subject: ConsentSubjectInput!) { consentHistory(subject: $subject, first: 5) { nodes { id } pageInfo { hasNextPage endCursor } totalCount } }`;
    for (const subject of [{ candidateId: unknownId }, { subscriberId: unknownId }]) {
      const before = await stored();
      const result = await partner.client.request(history, { subject });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(result.data).toBeNull();
      expect(await stored()).toEqual(before);
    }
    const [quiet] = await server.db.insert(schema.candidates).values({ fullName: 'Stille Kandidat', source: 'added_by_partner' }).returning();
    const empty = await partner.client.request(history, { subject: { candidateId: quiet!.id } });
    expect(empty.errors).toBeUndefined();
    expect(empty.data).toEqual({ consentHistory: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } });
  });
});
