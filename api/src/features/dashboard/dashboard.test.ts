import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, schema } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';

const activity = `query($months: Int) { overview { consentActivity(months: $months) { month granted withdrawn } } }`;
const counts = `{ overview { counts { candidates openCases subscribers processors processorsWithoutSignedAgreement } } }`;

describe('overview figures', () => {
  let server: TestServer;
  let monthStart: Date;
  const minutes = (n: number) => new Date(monthStart.getTime() + n * 60_000);
  const consent = (action: 'granted' | 'withdrawn', occurredAt: Date, n: number) => ({
    subjectType: 'person' as const,
    personEmail: `figur${n}@example.test`,
    purpose: 'web_analytics' as const,
    action,
    occurredAt,
    method: 'web_form' as const,
  });

  beforeAll(async () => {
    server = await startTestServer();
    // The first instant of this month in Oslo: the chart's buckets are Oslo months, not UTC months.
    const [row] = await queryRows<{ start: string | Date }>(server.db, sql`select (date_trunc('month', now() at time zone 'Europe/Oslo') at time zone 'Europe/Oslo') as start`);
    monthStart = new Date(row!.start);
    await server.db.insert(schema.consentEvents).values([
      consent('granted', minutes(10), 1),
      consent('withdrawn', minutes(20), 2),
      // Ten minutes before midnight in Oslo: last month, though in UTC it may be the same day.
      consent('withdrawn', minutes(-10), 3),
      consent('granted', new Date(monthStart.getTime() - 400 * 86_400_000), 4),
    ]);
  });
  afterAll(() => server?.close());

  it('counts grants and withdrawals per Oslo month, oldest first, with empty months as zero', async () => {
    const { client } = await server.signIn('partner');
    const months = (await client.data(activity, {})).overview.consentActivity as { month: string; granted: number; withdrawn: number }[];
    expect(months).toHaveLength(12);
    expect(months.every((m) => /^\d{4}-\d{2}-01$/.test(m.month))).toBe(true);
    expect(months.map((m) => m.month)).toEqual([...months.map((m) => m.month)].sort());
    expect(months.at(-1)).toMatchObject({ granted: 1, withdrawn: 1 });
    expect(months.at(-2)).toMatchObject({ granted: 0, withdrawn: 1 });
    // The event 400 days back falls outside a 12-month window.
    expect(months.reduce((sum, m) => sum + m.granted + m.withdrawn, 0)).toBe(3);
  });

  it('takes the number of months, within bounds', async () => {
    const { client } = await server.signIn('auditor');
    expect((await client.data(activity, { months: 1 })).overview.consentActivity).toHaveLength(1);
    const refused = await client.request(activity, { months: 0 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
  });

  it('counts each area in one statement, and reads nothing personal', async () => {
    const { client } = await server.signIn('partner');
    await server.db.insert(schema.candidates).values([
      { fullName: 'Telle Kandidat', source: 'added_by_partner' },
      { fullName: 'Telle Kandidat To', source: 'self_registered' },
    ]);
    const [withAgreement, withoutAgreement] = await server.db
      .insert(schema.processors)
      .values([
        { name: 'Avtale AS', role: 'processor', serviceDescription: 'Drift', dataLocation: 'eea' },
        { name: 'Uten avtale AS', role: 'processor', serviceDescription: 'Markedsføring', dataLocation: 'eea' },
        { name: 'Ingen tilgang AS', role: 'processor', serviceDescription: 'Regnskap', dataLocation: 'eea', hasPersonalDataAccess: false },
      ])
      .returning();
    await server.db.insert(schema.processorAgreements).values([
      { processorId: withAgreement!.id, kind: 'data_processing_agreement', status: 'signed', signedOn: '2026-01-01', reviewDueOn: '2027-01-01' },
      { processorId: withoutAgreement!.id, kind: 'data_processing_agreement', status: 'draft', reviewDueOn: '2027-01-01' },
    ]);
    const auditBefore = await server.db.$count(schema.auditLog);
    const response = await client.request<{ overview: { counts: Record<string, number> } }>(counts);
    expect(response.errors).toBeUndefined();
    expect(response.data?.overview.counts).toEqual({ candidates: 2, openCases: 0, subscribers: 0, processors: 3, processorsWithoutSignedAgreement: 1 });
    expect(response.statements).toBeLessThanOrEqual(2); // the session lookup and the counts
    expect(await server.db.$count(schema.auditLog)).toBe(auditBefore);
  });

  it('is refused to staff, like the overview itself', async () => {
    const { client } = await server.signIn('staff');
    const response = await client.request(counts);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
