import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';

const auditLogQuery = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    nodes { seq action entityType entityId subjectPseudonym requestId actor { id } actorRole detailsJson }
    pageInfo { endCursor hasNextPage }
  }
}`;

/** Every operation's audit entries, by the request that made them. */
describe('audit log', () => {
  let server: TestServer;
  let partner: Awaited<ReturnType<TestServer['signIn']>>;
  let auditor: Awaited<ReturnType<TestServer['signIn']>>;
  const entriesOf = (requestId: string) =>
    server.db.select().from(schema.auditLog).where(eq(schema.auditLog.requestId, requestId)).orderBy(schema.auditLog.seq);

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    auditor = await server.signIn('auditor');
  });
  afterAll(() => server?.close());

  it('writes exactly the expected entries for each operation, in its own request', async () => {
    const create = await partner.client.request<{ createCandidate: { id: string } }>(
      `mutation { createCandidate(input: { fullName: "Audit Person", email: "audit.person@example.test" }) { id } }`,
    );
    const candidateId = create.data!.createCandidate.id;
    const read = await partner.client.request(`query($id: ID!) { candidate(id: $id) { id fullName } }`, { id: candidateId });
    const list = await partner.client.request(`{ candidates(first: 5) { nodes { id } } }`);
    const consent = await partner.client.request(
      `mutation($id: ID!) { recordConsent(input: { subject: { candidateId: $id }, purpose: candidate_registry, action: granted, method: email }) { id } }`,
      { id: candidateId },
    );
    const expectations: [string, { requestId: string }, string[]][] = [
      ['createCandidate', create, ['candidate.create']],
      ['candidate', read, ['candidate.read']],
      ['candidates', list, ['candidate.list']],
      ['recordConsent', consent, ['consent.record']],
    ];
    for (const [operation, response, actions] of expectations) {
      const entries = await entriesOf(response.requestId);
      expect({ operation, actions: entries.map((e) => e.action) }).toEqual({ operation, actions });
      for (const entry of entries) {
        expect(entry.actorId).toBe(partner.user.id);
        expect(entry.ipAnonymised).toBe('127.0.0.0');
        expect(JSON.stringify(entry)).not.toMatch(/Audit Person|audit\.person/);
      }
    }
    const [created] = await entriesOf(create.requestId);
    const [readEntry] = await entriesOf(read.requestId);
    expect(created?.subjectPseudonym).toBeTruthy();
    expect(readEntry?.subjectPseudonym).toBe(created?.subjectPseudonym);
  });

  it('filters by person, actor, action prefix and period, and pages newest first', async () => {
    const { data } = await partner.client.request<{ createCandidate: { id: string } }>(
      `mutation { createCandidate(input: { fullName: "Filter Person" }) { id } }`,
    );
    const id = data!.createCandidate.id;
    await partner.client.data(`query($id: ID!) { candidate(id: $id) { id } }`, { id });
    await partner.client.data(`query($id: ID!) { candidate(id: $id) { id } }`, { id });
    const byPerson = await auditor.client.data(auditLogQuery, { filter: { subject: { candidateId: id } } });
    expect(byPerson.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(['candidate.read', 'candidate.read', 'candidate.create']);
    const firstPage = await auditor.client.data(auditLogQuery, { filter: { subject: { candidateId: id } }, first: 2 });
    expect(firstPage.auditLog.pageInfo.hasNextPage).toBe(true);
    const secondPage = await auditor.client.data(auditLogQuery, {
      filter: { subject: { candidateId: id } },
      first: 2,
      after: firstPage.auditLog.pageInfo.endCursor,
    });
    expect(secondPage.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(['candidate.create']);
    const byPrefix = await auditor.client.data(auditLogQuery, { filter: { actorId: partner.user.id, action: 'candidate.' }, first: 100 });
    expect(byPrefix.auditLog.nodes.every((n: { action: string; actor: { id: string } }) => n.action.startsWith('candidate.') && n.actor.id === partner.user.id)).toBe(true);
    const future = await auditor.client.data(auditLogQuery, { filter: { from: '2999-01-01T00:00:00Z' } });
    expect(future.auditLog.nodes).toEqual([]);
    const bad = await auditor.client.request(auditLogQuery, { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
  });

  it('reports the chain as intact, and the reading of the log is itself logged', async () => {
    const status = await auditor.client.data(`{ auditChainStatus { ok entries brokenSeq } }`);
    expect(status.auditChainStatus).toMatchObject({ ok: true, brokenSeq: null });
    expect(status.auditChainStatus.entries).toBeGreaterThan(5);
    const reads = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'audit.read'));
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.actorId === auditor.user.id)).toBe(true);
  });
});
