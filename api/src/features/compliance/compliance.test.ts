import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { and, desc, eq } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { addDays, osloToday } from '../../shared/oslo-dates.ts';
import { keepComplianceTasksCurrentNow } from './task-upkeep.ts';

type SignedIn = Awaited<ReturnType<TestServer['signIn']>>;
type Task = { id: string; kind: string; dueOn: string; overdue: boolean; user: { id: string } | null; agreement: { id: string } | null; checklist: { key: string; done: boolean; automatic: boolean }[]; attestedBy: { id: string } | null; attestedAt: string | null };

const tasksQuery = `query($filter: ComplianceTaskFilter, $after: String) {
  complianceTasks(filter: $filter, first: 50, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind dueOn overdue user { id } agreement { id } checklist { key done automatic } notes attestedBy { id } attestedAt }
  }
}`;
const attest = `mutation($id: ID!, $notes: String, $checklist: [ComplianceChecklistInput!]) {
  attestComplianceTask(id: $id, notes: $notes, checklist: $checklist) { id attestedBy { id } attestedAt notes checklist { key done } }
}`;
const depart = `mutation($userId: ID!, $departedOn: Date!) { markUserDeparted(userId: $userId, departedOn: $departedOn) { id status } }`;
const oneYearAfter = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

describe('compliance tasks with attestation', () => {
  let server: TestServer;
  let partner: SignedIn;
  let auditor: SignedIn;
  let staff: SignedIn;
  const today = osloToday();
  const upkeep = () => keepComplianceTasksCurrentNow({ db: server.db, config: server.config });
  const tasks = async (filter: Record<string, unknown> = {}) => ((await auditor.client.data(tasksQuery, { filter })).complianceTasks.nodes as Task[]);

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    auditor = await server.signIn('auditor');
    staff = await server.signIn('staff');
  });
  afterAll(() => server?.close());

  async function insertAgreement(reviewDueOn: string, status: 'signed' | 'expired' = 'signed') {
    const [processor] = await server.db
      .insert(schema.processors)
      .values({ name: `Leverandør ${Math.random().toString(36).slice(2, 8)}`, role: 'processor', serviceDescription: 'Drift', dataLocation: 'eea' })
      .returning();
    const [agreement] = await server.db
      .insert(schema.processorAgreements)
      .values({ processorId: processor!.id, kind: 'data_processing_agreement', status, signedOn: '2020-01-01', reviewDueOn })
      .returning();
    return agreement!;
  }

  it('keeps the list current: a yearly mailbox review per employee, agreement reviews, the statement review', async () => {
    const overdueAgreement = await insertAgreement(addDays(today, -10));
    const laterAgreement = await insertAgreement(addDays(today, 90));
    const expired = await insertAgreement(addDays(today, -400), 'expired');
    const first = await upkeep();
    expect(first.created).toBe(2 + 2 + 1);
    expect(await upkeep()).toEqual({ created: 0, removed: 0 });

    const all = await tasks();
    const mailbox = all.filter((t) => t.kind === 'mailbox_review');
    expect(mailbox.map((t) => t.user?.id).sort()).toEqual([partner.user.id, staff.user.id].sort());
    expect(mailbox.every((t) => t.dueOn === oneYearAfter(today) || t.dueOn === addDays(oneYearAfter(today), -1))).toBe(true);
    expect(all.filter((t) => t.kind === 'agreement_review').map((t) => t.agreement?.id).sort()).toEqual([overdueAgreement.id, laterAgreement.id].sort());
    expect(all.some((t) => t.agreement?.id === expired.id)).toBe(false);
    const statement = all.find((t) => t.kind === 'privacy_statement_review');
    expect(statement).toMatchObject({ dueOn: today, overdue: false });
    expect(all.find((t) => t.agreement?.id === overdueAgreement.id)).toMatchObject({ overdue: true });

    const [entry] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'complianceTask.upkeep'));
    expect(entry).toMatchObject({ actorId: null, requestId: 'compliance-upkeep', details: { created: { mailboxReview: 2, agreementReview: 2, privacyStatementReview: 1 } } });
  });

  it('filters overdue tasks and counts them on the overview', async () => {
    const overdue = await tasks({ overdue: true });
    expect(overdue.map((t) => t.kind)).toEqual(['agreement_review']);
    expect((await tasks({ kind: 'mailbox_review' })).every((t) => t.kind === 'mailbox_review')).toBe(true);
    const { overview } = await auditor.client.data(`{ overview { overdueComplianceTasks } }`);
    expect(overview.overdueComplianceTasks).toBe(1);
  });

  it('moves an agreement review with the agreement’s review date', async () => {
    const [task] = (await tasks({ kind: 'agreement_review', overdue: true })) as Task[];
    await server.db.update(schema.processorAgreements).set({ reviewDueOn: addDays(today, 200) }).where(eq(schema.processorAgreements.id, task!.agreement!.id));
    expect(await upkeep()).toEqual({ created: 1, removed: 1 });
    const moved = (await tasks({ kind: 'agreement_review' })).filter((t) => t.agreement?.id === task!.agreement!.id);
    expect(moved.map((t) => t.dueOn)).toEqual([addDays(today, 200)]);
    expect((await tasks({ overdue: true })).length).toBe(0);
  });

  it('records who attested and when, opens next year’s review, and refuses a second attestation', async () => {
    const [review] = (await tasks({ kind: 'mailbox_review' })).filter((t) => t.user?.id === staff.user.id);
    const unknown = await partner.client.request(attest, { id: review!.id, checklist: [{ key: 'somethingElse', done: true }] });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checklist' });
    const notDone = await partner.client.request(attest, { id: review!.id, checklist: [{ key: 'mailboxReviewed', done: false }] });
    expect(notDone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checklist' });

    const { attestComplianceTask } = await partner.client.data(attest, { id: review!.id, notes: 'Gjennomgått sammen med medarbeideren.' });
    expect(attestComplianceTask).toMatchObject({ attestedBy: { id: partner.user.id }, notes: 'Gjennomgått sammen med medarbeideren.', checklist: [{ key: 'mailboxReviewed', done: true }] });
    expect(attestComplianceTask.attestedAt).toBeTruthy();
    const again = await partner.client.request(attest, { id: review!.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const open = (await tasks({ kind: 'mailbox_review', attested: false })).filter((t) => t.user?.id === staff.user.id);
    expect(open.map((t) => t.dueOn)).toEqual([oneYearAfter(today)]);
    const [entry] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'complianceTask.attest'));
    expect(entry).toMatchObject({ actorId: partner.user.id, entityId: review!.id, details: { kind: 'mailbox_review', userId: staff.user.id } });
    expect(JSON.stringify(entry?.details)).not.toContain('medarbeideren');
  });

  it('marks a departure: account disabled, sessions ended, checklist opened, attested only when complete', async () => {
    const departedOn = addDays(today, -1);
    expect((await staff.client.request(`{ users { id } }`)).errors).toBeUndefined();
    const { markUserDeparted } = await partner.client.data(depart, { userId: staff.user.id, departedOn });
    expect(markUserDeparted).toEqual({ id: staff.user.id, status: 'disabled' });
    expect((await staff.client.request(`{ users { id } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await server.db.$count(schema.sessions, eq(schema.sessions.userId, staff.user.id))).toBe(0);
    const [user] = await server.db.select().from(schema.users).where(eq(schema.users.id, staff.user.id));
    expect(user).toMatchObject({ status: 'disabled', departedOn });

    const all = await tasks();
    expect(all.filter((t) => t.kind === 'mailbox_review' && t.user?.id === staff.user.id && !t.attestedAt)).toEqual([]);
    const checklist = all.find((t) => t.kind === 'departure_checklist' && t.user?.id === staff.user.id)!;
    expect(checklist.dueOn).toBe(addDays(departedOn, 14));
    expect(checklist.checklist).toEqual([
      { key: 'emailAccountDeleted', done: false, automatic: false },
      { key: 'accessRevoked', done: false, automatic: false },
      { key: 'sessionsKilled', done: true, automatic: true },
    ]);

    const partly = await partner.client.request(attest, { id: checklist.id, checklist: [{ key: 'emailAccountDeleted', done: true }] });
    expect(partly.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checklist' });
    const none = await partner.client.request(attest, { id: checklist.id });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checklist' });
    const { attestComplianceTask } = await partner.client.data(attest, {
      id: checklist.id,
      checklist: [{ key: 'emailAccountDeleted', done: true }, { key: 'accessRevoked', done: true }],
    });
    expect(attestComplianceTask.checklist.every((i: { done: boolean }) => i.done)).toBe(true);
    const [entry] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'user.markDeparted')).orderBy(desc(schema.auditLog.seq));
    expect(entry).toMatchObject({ actorId: partner.user.id, entityId: staff.user.id, details: { departedOn } });
  });

  it('refuses a departure checklist while the person still has a session', async () => {
    const colleague = await server.signIn('staff');
    await server.db.update(schema.users).set({ departedOn: today }).where(eq(schema.users.id, colleague.user.id));
    await upkeep();
    const [task] = await server.db
      .select()
      .from(schema.complianceTasks)
      .where(and(eq(schema.complianceTasks.kind, 'departure_checklist'), eq(schema.complianceTasks.userId, colleague.user.id)));
    const listed = (await tasks({ kind: 'departure_checklist' })).find((t) => t.id === task!.id)!;
    expect(listed.checklist.find((i) => i.key === 'sessionsKilled')).toEqual({ key: 'sessionsKilled', done: false, automatic: true });
    const result = await partner.client.request(attest, { id: task!.id, checklist: [{ key: 'emailAccountDeleted', done: true }, { key: 'accessRevoked', done: true }] });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checklist' });
    expect(result.errors?.[0]?.message).toMatch(/sessions/);
  });

  it('refuses a departure of oneself, or in the future, and changes nothing', async () => {
    const self = await partner.client.request(depart, { userId: partner.user.id, departedOn: today });
    expect(self.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const future = await partner.client.request(depart, { userId: auditor.user.id, departedOn: addDays(today, 3) });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departedOn' });
    const users = await server.db.select().from(schema.users).where(eq(schema.users.id, partner.user.id));
    expect(users[0]).toMatchObject({ status: 'active', departedOn: null });
    const [auditorRow] = await server.db.select().from(schema.users).where(eq(schema.users.id, auditor.user.id));
    expect(auditorRow).toMatchObject({ status: 'active', departedOn: null });
  });

  it('pages the list by due date', async () => {
    const query = `query($after: String) { complianceTasks(first: 2, after: $after) { totalCount nodes { id dueOn } pageInfo { hasNextPage endCursor } } }`;
    const seen: { id: string; dueOn: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { complianceTasks }: { complianceTasks: { totalCount: number; nodes: { id: string; dueOn: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await auditor.client.data(query, { after });
      seen.push(...complianceTasks.nodes);
      if (!complianceTasks.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(complianceTasks.totalCount);
        break;
      }
      after = complianceTasks.pageInfo.endCursor;
    }
    expect(new Set(seen.map((t) => t.id)).size).toBe(seen.length);
    expect(seen.map((t) => t.dueOn)).toEqual([...seen.map((t) => t.dueOn)].sort());
  });
});
