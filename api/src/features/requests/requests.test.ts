import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { pseudonymOf } from '../../audit/pseudonym.ts';
import { calendarDaysBetween, deadlineOf } from './deadlines.ts';
import { osloToday } from '../../shared/oslo-dates.ts';
import { insertCandidate, minimalRequest, registerMutation, registerRequest, requestQuery, type SignedIn } from './requests.fixtures.ts';

const listQuery = `query($status: RequestStatus, $kind: RequestKind, $dueBefore: Date, $first: Int, $after: String) {
  dataSubjectRequests(status: $status, kind: $kind, dueBefore: $dueBefore, first: $first, after: $after) {
    nodes { id dueOn receivedOn kind status } pageInfo { endCursor hasNextPage } totalCount
  }
}`;

describe('data-subject requests: register, read, list', () => {
  let server: TestServer;
  let partner: SignedIn;
  let auditor: SignedIn;
  let staff: SignedIn;
  const stored = () => server.db.$count(schema.dataSubjectRequests);

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    auditor = await server.signIn('auditor');
    staff = await server.signIn('staff');
  });
  afterAll(() => server?.close());

  it('registers a request received today, due one calendar month later, and audits it without personal data', async () => {
    const today = osloToday();
    const request = await registerRequest(partner, {
      requesterName: 'Åse Innsynsdottir',
      requesterEmail: '  Aase.Innsyn@Example.TEST ',
      requesterPhone: '912 34 567',
      handlerId: partner.user.id,
    });
    expect(request).toMatchObject({
      kind: 'access',
      requesterEmail: 'aase.innsyn@example.test',
      requesterPhone: '+4791234567',
      receivedOn: today,
      dueOn: deadlineOf(today, 0, false),
      baseDueOn: deadlineOf(today, 0, false),
      extendedDueOn: null,
      status: 'received',
      paused: false,
      pausedDays: 0,
      overdue: false,
      daysLeft: calendarDaysBetween(today, deadlineOf(today, 0, false)),
      handler: { id: partner.user.id },
      comments: [],
    });
    const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, request.id)).orderBy(schema.auditLog.seq);
    expect(entries).toMatchObject([
      {
        action: 'request.register',
        entityType: 'data_subject_request',
        subjectPseudonym: pseudonymOf(server.config.secretKey, 'request', request.id),
        details: { kind: 'access', receivedOn: today, dueOn: request.dueOn },
      },
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/Innsyn|aase|4791234567/i);
  });

  it.each([
    ['2024-01-31', '2024-02-29'],
    ['2023-01-31', '2023-02-28'],
    ['2025-04-30', '2025-05-30'],
    ['2024-12-31', '2025-01-31'],
  ])('received %s is due %s (a calendar month, not 30 days) and overdue by now', async (receivedOn, dueOn) => {
    const request = await registerRequest(partner, { receivedOn, kind: 'rectification' });
    expect(request).toMatchObject({ receivedOn, dueOn, overdue: true, daysLeft: calendarDaysBetween(osloToday(), dueOn) });
    expect(request.daysLeft).toBeLessThan(0);
  });

  it('links a candidate and names the candidate as the subject of the audit entry', async () => {
    const candidate = await insertCandidate(server);
    const request = await registerRequest(partner, { requesterEmail: null, candidateId: candidate.id, kind: 'erasure' });
    expect(request).toMatchObject({ candidateId: candidate.id, requesterEmail: null, kind: 'erasure' });
    const [entry] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, request.id));
    expect(entry?.subjectPseudonym).toBe(pseudonymOf(server.config.secretKey, 'candidate', candidate.id));
  });

  it('refuses bad input with a clear error on its field, and stores nothing', async () => {
    const before = await stored();
    const refused = async (extra: Record<string, unknown>) => {
      const result = await partner.client.request(registerMutation, { input: minimalRequest(extra) });
      expect(result.data ?? null).toBeNull();
      return result.errors?.[0];
    };
    expect((await refused({ requesterEmail: null }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requesterEmail' });
    expect((await refused({ requesterEmail: 'not-an-email' }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requesterEmail' });
    expect((await refused({ requesterPhone: '12' }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requesterPhone' });
    expect((await refused({ requesterName: '   ' }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requesterName' });
    const future = await refused({ receivedOn: '2999-01-01' });
    expect(future?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedOn' });
    expect(future?.message).toMatch(/future/);
    expect((await refused({ receivedOn: '2017-12-31' }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedOn' });
    const impossible = await refused({ receivedOn: '2025-02-30' });
    expect(impossible?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(impossible?.message).toMatch(/YYYY-MM-DD/);
    expect((await refused({ candidateId: crypto.randomUUID() }))?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'candidateId' });
    expect((await refused({ candidateId: 'nope' }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'candidateId' });
    expect((await refused({ handlerId: crypto.randomUUID() }))?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'handlerId' });
    const staffHandler = await refused({ handlerId: staff.user.id });
    expect(staffHandler?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'handlerId' });
    expect(staffHandler?.message).toMatch(/active partner/);
    expect(await stored()).toBe(before);
  });

  it('lists by the deadline in force, soonest first, keyset-paged and filtered', async () => {
    const received = ['2024-03-10', '2024-01-31', '2024-02-15', '2024-01-05'];
    const ids = new Map<string, string>();
    for (const receivedOn of received) ids.set(receivedOn, (await registerRequest(partner, { kind: 'portability', receivedOn })).id);
    const expectedOrder = ['2024-01-05', '2024-01-31', '2024-02-15', '2024-03-10'].map((d) => ids.get(d));

    const first = (await partner.client.data(listQuery, { kind: 'portability', first: 3 })).dataSubjectRequests;
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.nodes.map((n: { dueOn: string }) => n.dueOn)).toEqual(['2024-02-05', '2024-02-29', '2024-03-15']);
    const second = (await partner.client.data(listQuery, { kind: 'portability', first: 3, after: first.pageInfo.endCursor })).dataSubjectRequests;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...second.nodes].map((n: { id: string }) => n.id)).toEqual(expectedOrder);

    const dueByFeb = (await partner.client.data(listQuery, { kind: 'portability', dueBefore: '2024-02-29' })).dataSubjectRequests;
    expect(dueByFeb.nodes.map((n: { id: string }) => n.id)).toEqual(expectedOrder.slice(0, 2));
    const completed = (await partner.client.data(listQuery, { kind: 'portability', status: 'completed' })).dataSubjectRequests;
    expect(completed).toMatchObject({ nodes: [], totalCount: 0 });

    const bad = await partner.client.request(listQuery, { after: 'garbage' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const badDate = await partner.client.request(listQuery, { dueBefore: '2024-13-01' });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'request.list'));
    expect(entries.length).toBeGreaterThanOrEqual(4);
  });

  it('reads one request with its audit entry; unknown and malformed ids are refused', async () => {
    const request = await registerRequest(partner);
    const { dataSubjectRequest } = await auditor.client.data(requestQuery, { id: request.id });
    expect(dataSubjectRequest).toMatchObject({ id: request.id, requesterName: 'Ola Innsyn' });
    const reads = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'request.read'));
    expect(reads).toEqual([expect.objectContaining({ entityId: request.id, actorId: auditor.user.id })]);
    expect((await partner.client.request(requestQuery, { id: crypto.randomUUID() })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await partner.client.request(requestQuery, { id: 'x' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('lets auditors read but not change; staff get nothing', async () => {
    expect((await auditor.client.data(listQuery, { first: 1 })).dataSubjectRequests.nodes).toHaveLength(1);
    const before = await stored();
    const byAuditor = await auditor.client.request(registerMutation, { input: minimalRequest() });
    expect(byAuditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byStaff = await staff.client.request(registerMutation, { input: minimalRequest() });
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await staff.client.request(listQuery, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toBe(before);
  });

  it('pages in a bounded number of statements, whatever the page size', async () => {
    const small = await partner.client.request(listQuery, { first: 1 });
    const large = await partner.client.request(`query { dataSubjectRequests(first: 50) { nodes { id dueOn daysLeft handler { id } comments { id } } } }`);
    expect(large.errors).toBeUndefined();
    expect((large.data as { dataSubjectRequests: { nodes: unknown[] } }).dataSubjectRequests.nodes.length).toBeGreaterThan(5);
    expect(large.statements - small.statements).toBeLessThanOrEqual(6);
  });
});
