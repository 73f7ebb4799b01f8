import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq, sql } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { openCaseMutation, openTestCase, uniqueReference, type SignedIn } from './cases.fixtures.ts';

const statusMutation = (name: 'closeCase' | 'reopenCase') => `mutation($id: ID!) { ${name}(id: $id) { id status closedAt } }`;

describe('cases', () => {
  let server: TestServer;
  let partner: SignedIn;
  let staff: SignedIn;
  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    staff = await server.signIn('staff');
  });
  afterAll(() => server?.close());

  it('opens a case with members and audits it with ids only', async () => {
    const opened = await openTestCase(partner, { memberIds: [staff.user.id, staff.user.id], title: '  Daglig leder  ', clientName: 'Fjordkraft Test AS' });
    expect(opened).toMatchObject({ title: 'Daglig leder', status: 'open', closedAt: null, responsiblePartner: { id: partner.user.id }, members: [{ id: staff.user.id }] });
    const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, opened.id)).orderBy(schema.auditLog.seq);
    expect(entries.map((e) => e.action)).toEqual(['case.open']);
    expect(entries[0]?.actorId).toBe(partner.user.id);
    expect(JSON.stringify(entries)).not.toContain('Fjordkraft');
  });

  it('refuses a responsible partner who is not an active partner, naming the field', async () => {
    const before = await server.db.$count(schema.cases);
    const input = { reference: uniqueReference(), title: 'T', clientName: 'K', responsiblePartnerId: staff.user.id };
    const result = await partner.client.request(openCaseMutation, { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responsiblePartnerId' });
    const auditor = await server.signIn('auditor');
    const asMember = await partner.client.request(openCaseMutation, { input: { ...input, responsiblePartnerId: partner.user.id, memberIds: [auditor.user.id] } });
    expect(asMember.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberIds' });
    expect(await server.db.$count(schema.cases)).toBe(before);
  });

  it('answers CONFLICT on the reference field for a duplicate reference', async () => {
    const existing = await openTestCase(partner);
    const result = await partner.client.request(openCaseMutation, {
      input: { reference: existing.reference, title: 'Annen', clientName: 'K', responsiblePartnerId: partner.user.id },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'reference' });
  });

  it('closes and reopens a case, refuses doing either twice, and audits both', async () => {
    const opened = await openTestCase(partner);
    const { closeCase } = await partner.client.data(statusMutation('closeCase'), { id: opened.id });
    expect(closeCase.status).toBe('closed');
    expect(new Date(closeCase.closedAt).getTime()).toBeGreaterThanOrEqual(new Date(opened.openedAt).getTime());
    const twice = await partner.client.request(statusMutation('closeCase'), { id: opened.id });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { reopenCase } = await partner.client.data(statusMutation('reopenCase'), { id: opened.id });
    expect(reopenCase).toMatchObject({ status: 'open', closedAt: null });
    const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, opened.id)).orderBy(schema.auditLog.seq);
    expect(entries.map((e) => e.action)).toEqual(['case.open', 'case.close', 'case.reopen']);
    const unknown = await partner.client.request(statusMutation('closeCase'), { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets only partners change cases and nobody anonymous read them', async () => {
    const opened = await openTestCase(partner, { memberIds: [staff.user.id] });
    const asStaff = await staff.client.request(statusMutation('closeCase'), { id: opened.id });
    expect(asStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.anonymous().request(`query { cases { totalCount } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('adds and removes members', async () => {
    const opened = await openTestCase(partner);
    const other = await server.signIn('staff');
    const add = `mutation($caseId: ID!, $userId: ID!) { addCaseMember(caseId: $caseId, userId: $userId) { members { id } } }`;
    const remove = `mutation($caseId: ID!, $userId: ID!) { removeCaseMember(caseId: $caseId, userId: $userId) { members { id } } }`;
    expect((await partner.client.data(add, { caseId: opened.id, userId: other.user.id })).addCaseMember.members).toEqual([{ id: other.user.id }]);
    expect((await partner.client.data(remove, { caseId: opened.id, userId: other.user.id })).removeCaseMember.members).toEqual([]);
    const again = await partner.client.request(remove, { caseId: opened.id, userId: other.user.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    const actions = (await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, opened.id)).orderBy(schema.auditLog.seq)).map((e) => e.action);
    expect(actions).toEqual(['case.open', 'case.member.add', 'case.member.remove']);
  });

  it('answers NOT_FOUND for an unknown case id', async () => {
    const result = await partner.client.request(`query { case(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('pages newest opened first with a keyset cursor, filters by status and searches', async () => {
    const tag = uniqueReference();
    const first = await openTestCase(partner, { title: `Søk ${tag} én` });
    const second = await openTestCase(partner, { clientName: `Kunde ${tag}` });
    const third = await openTestCase(partner, { reference: `${tag}-3` });
    await partner.client.data(statusMutation('closeCase'), { id: first.id });
    const query = `query($search: String, $status: CaseStatus, $after: String) {
      cases(search: $search, status: $status, first: 2, after: $after) { nodes { id } totalCount pageInfo { hasNextPage endCursor } }
    }`;
    const page1 = await partner.client.data(query, { search: tag.toLowerCase() });
    expect(page1.cases.totalCount).toBe(3);
    expect(page1.cases.nodes).toEqual([{ id: third.id }, { id: second.id }]);
    const page2 = await partner.client.data(query, { search: tag, after: page1.cases.pageInfo.endCursor });
    expect(page2.cases.nodes).toEqual([{ id: first.id }]);
    expect(page2.cases.pageInfo.hasNextPage).toBe(false);
    const open = await partner.client.data(query, { search: tag, status: 'open' });
    expect(open.cases.totalCount).toBe(2);
    const bad = await partner.client.request(query, { after: 'garbage' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('pages without skipping cases opened within the same millisecond', async () => {
    const tag = uniqueReference();
    const times = ['2019-03-01T10:00:00.123456Z', '2019-03-01T10:00:00.123400Z', '2019-03-01T10:00:00.123300Z'];
    for (const [i, at] of times.entries()) {
      await server.db.execute(sql`insert into cases (reference, title, client_name, responsible_partner_id, opened_at)
        values (${`${tag}-${i}`}, 'Samtidig', 'K', ${partner.user.id}, ${at}::timestamptz)`);
    }
    const query = `query($search: String, $after: String) { cases(search: $search, first: 1, after: $after) { nodes { reference } pageInfo { endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page += 1) {
      type Page = { cases: { nodes: { reference: string }[]; pageInfo: { endCursor: string | null } } };
      const { cases }: Page = await partner.client.data<Page>(query, { search: tag, after });
      seen.push(...cases.nodes.map((n) => n.reference));
      after = cases.pageInfo.endCursor;
      if (!after) break;
    }
    expect(seen).toEqual([`${tag}-0`, `${tag}-1`, `${tag}-2`]);
  });

  it('puts open cases first in the type-ahead search', async () => {
    const tag = uniqueReference();
    const closed = await openTestCase(partner, { title: `Picker ${tag}` });
    await partner.client.data(statusMutation('closeCase'), { id: closed.id });
    const open = await openTestCase(partner, { title: `Picker ${tag}` });
    const newest = await openTestCase(partner, { title: `Picker ${tag}` });
    await partner.client.data(statusMutation('closeCase'), { id: newest.id });
    const { searchCases } = await partner.client.data(`query($text: String!) { searchCases(text: $text) { id status } }`, { text: tag });
    expect(searchCases.map((c: { id: string }) => c.id)).toEqual([open.id, newest.id, closed.id]);
  });

  it('costs the same number of SQL statements for a page of 10 and of 100 cases with nested fields', async () => {
    const member = await server.signIn('staff');
    for (let i = 0; i < 100; i += 1) {
      const [row] = await server.db
        .insert(schema.cases)
        .values({ reference: `BULK-${i}`, title: `Bulk ${i}`, clientName: 'Bulk AS', responsiblePartnerId: partner.user.id })
        .returning();
      await server.db.insert(schema.caseMembers).values({ caseId: row!.id, userId: member.user.id });
      await server.db.insert(schema.callNotes).values({
        caseId: row!.id, occurredAt: new Date(), direction: 'outgoing', otherPartyName: 'Bulk', authorId: member.user.id, body: 'Bulk',
      });
    }
    const query = `query($first: Int) { cases(first: $first, search: "bulk") { nodes {
      id responsiblePartner { id } members { id } callNoteCount callNotes(first: 2) { totalCount nodes { id author { id } case { id } } }
    } } }`;
    for (const actor of [partner, member]) {
      const small = await actor.client.request(query, { first: 10 });
      const large = await actor.client.request<{ cases: { nodes: { callNoteCount: number }[] } }>(query, { first: 100 });
      expect(large.errors).toBeUndefined();
      expect(large.data?.cases.nodes).toHaveLength(100);
      expect(large.data?.cases.nodes.every((n) => n.callNoteCount === 1)).toBe(true);
      expect(large.statements).toBe(small.statements);
    }
  });
});
