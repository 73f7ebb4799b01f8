import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { desc, eq, sql } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { buildRetentionRules } from '../../seed/retention.ts';
import { defaultRetentionRules, ensureDefaultRetentionRules } from './default-rules.ts';

type SignedIn = Awaited<ReturnType<TestServer['signIn']>>;

const rulesQuery = `{ retentionRules { id category durationMonths countsFrom action legalBasis enabled updatedBy { id } } }`;
const updateRule = `mutation($id: ID!, $input: UpdateRetentionRuleInput!) {
  updateRetentionRule(id: $id, input: $input) { id durationMonths enabled action countsFrom updatedBy { id } }
}`;
const runsQuery = `query($after: String) {
  retentionRuns(first: 2, after: $after) { totalCount nodes { id mode status total processed asOf rules { category due applied exampleIds note } } pageInfo { hasNextPage endCursor } }
}`;

describe('retention rules and runs through the API', () => {
  let server: TestServer;
  let partner: SignedIn;
  let auditor: SignedIn;
  beforeAll(async () => {
    server = await startTestServer();
    await ensureDefaultRetentionRules(server.db);
    partner = await server.signIn('partner');
    auditor = await server.signIn('auditor');
  });
  afterAll(() => server?.close());

  const ruleId = async (category: string) => {
    const { retentionRules } = await partner.client.data(rulesQuery);
    return retentionRules.find((r: { category: string }) => r.category === category).id as string;
  };

  it('ships one default rule per category, inserted once and never over a partner’s change', async () => {
    const { retentionRules } = await auditor.client.data(rulesQuery);
    expect(retentionRules.map((r: { category: string }) => r.category).sort()).toEqual([...schema.retentionCategories].sort());
    expect(retentionRules.find((r: { category: string }) => r.category === 'departed_staff_accounts')).toMatchObject({ action: 'anonymise', countsFrom: 'departure' });
    await partner.client.data(updateRule, { id: await ruleId('answered_inquiries'), input: { durationMonths: 6 } });
    expect(await ensureDefaultRetentionRules(server.db)).toBe(0);
    const after = await partner.client.data(rulesQuery);
    expect(after.retentionRules.find((r: { category: string }) => r.category === 'answered_inquiries').durationMonths).toBe(6);
    // The demo seed brings the very same rules.
    const seeded = buildRetentionRules(partner.user.id).map(({ id: _id, updatedBy: _by, ...rule }) => rule);
    expect(seeded).toEqual(defaultRetentionRules);
  });

  it('lets a partner change a rule, audited, and refuses rules the job cannot carry out', async () => {
    const id = await ruleId('inactive_candidates');
    const { updateRetentionRule } = await partner.client.data(updateRule, { id, input: { durationMonths: 36, enabled: false } });
    expect(updateRetentionRule).toMatchObject({ durationMonths: 36, enabled: false, updatedBy: { id: partner.user.id } });
    const [entry] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'retentionRule.update')).orderBy(desc(schema.auditLog.seq)).limit(1);
    expect(entry).toMatchObject({ entityId: id, actorId: partner.user.id, details: { changed: ['durationMonths', 'enabled'], durationMonths: { from: 24, to: 36 } } });

    const wrongClock = await partner.client.request(updateRule, { id, input: { countsFrom: 'case_closed' } });
    expect(wrongClock.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countsFrom' });
    const deleteStaff = await partner.client.request(updateRule, { id: await ruleId('departed_staff_accounts'), input: { action: 'delete' } });
    expect(deleteStaff.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action' });
    const tooShort = await partner.client.request(updateRule, { id, input: { durationMonths: 0 } });
    expect(tooShort.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'durationMonths' });
    const byAuditor = await auditor.client.request(updateRule, { id, input: { enabled: true } });
    expect(byAuditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await partner.client.data(updateRule, { id, input: { durationMonths: 24, enabled: true } });
  });

  it('runs a dry run on demand and lists runs newest first, paged', async () => {
    const answeredAt = new Date(Date.now() - 400 * 86_400_000);
    await server.db.insert(schema.contactInquiries).values({ name: 'Avsender', email: 'dry@inquiry.test', message: 'Hei', receivedAt: answeredAt, answeredAt, answeredBy: partner.user.id });
    for (let i = 0; i < 3; i++) await partner.client.data(`mutation { runRetention(dryRun: true) { id } }`);
    const page1 = await auditor.client.data(runsQuery);
    expect(page1.retentionRuns.totalCount).toBe(3);
    expect(page1.retentionRuns.nodes).toHaveLength(2);
    const [newest] = page1.retentionRuns.nodes;
    expect(newest).toMatchObject({ mode: 'dry_run', status: 'completed', processed: 0 });
    expect(newest.rules.find((r: { category: string }) => r.category === 'answered_inquiries')).toMatchObject({ due: 1, applied: 0 });
    expect(newest.rules.find((r: { category: string }) => r.category === 'staff_accounting_records').note).toBe('no_records_held');
    const page2 = await auditor.client.data(runsQuery, { after: page1.retentionRuns.pageInfo.endCursor });
    expect(page2.retentionRuns.nodes).toHaveLength(1);
    expect(page2.retentionRuns.pageInfo.hasNextPage).toBe(false);
    const seen = [...page1.retentionRuns.nodes, ...page2.retentionRuns.nodes].map((n: { id: string }) => n.id);
    expect(new Set(seen).size).toBe(3);
    const one = await auditor.client.data(`query($id: ID!) { retentionRun(id: $id) { id mode } }`, { id: newest.id });
    expect(one.retentionRun).toEqual({ id: newest.id, mode: 'dry_run' });
    expect(await server.db.$count(schema.contactInquiries)).toBe(1);
  });

  it('shows what is due on the overview, without running anything', async () => {
    const runs = await server.db.$count(schema.retentionRuns);
    const { overview } = await auditor.client.data(`{ overview { retentionDue { category due rule { durationMonths } } } }`);
    expect(overview.retentionDue.find((r: { category: string }) => r.category === 'answered_inquiries')).toMatchObject({ due: 1, rule: { durationMonths: 6 } });
    expect(overview.retentionDue).toHaveLength(6);
    expect(await server.db.$count(schema.retentionRuns)).toBe(runs);
  });

  it('needs a fresh password check to apply, and then deletes', async () => {
    await server.db.execute(sql`update sessions set reauthenticated_at = now() - interval '10 minutes' where user_id = ${partner.user.id}`);
    const stale = await partner.client.request(`mutation { runRetention(dryRun: false) { id } }`);
    expect(stale.errors?.[0]?.extensions?.code).toBe('REAUTHENTICATION_REQUIRED');
    expect(await server.db.$count(schema.contactInquiries)).toBe(1);
    await partner.client.data(`mutation($password: String!) { reauthenticate(password: $password) }`, { password: partner.password });
    const { runRetention } = await partner.client.data(`mutation { runRetention(dryRun: false) { mode status processed } }`);
    expect(runRetention).toMatchObject({ mode: 'apply', status: 'completed', processed: 1 });
    expect(await server.db.$count(schema.contactInquiries)).toBe(0);
  });
});
