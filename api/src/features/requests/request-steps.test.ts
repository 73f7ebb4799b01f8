import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { addCalendarDays, calendarDaysBetween, deadlineOf } from './deadlines.ts';
import { osloToday } from '../../shared/oslo-dates.ts';
import { registerRequest, requestQuery, stepMutation, type SignedIn } from './requests.fixtures.ts';

const step = {
  askIdentity: stepMutation('requestIdentityVerification'),
  verify: stepMutation('verifyIdentity'),
  start: stepMutation('startRequestWork'),
  extend: stepMutation('extendRequestDeadline', 'reason'),
  complete: stepMutation('completeRequest', 'resolution'),
  refuse: stepMutation('refuseRequest', 'reason'),
};
const assignMutation = `mutation($id: ID!, $userId: ID!) { assignRequestHandler(id: $id, userId: $userId) { id handler { id } } }`;
const commentMutation = `mutation($id: ID!, $body: String!) { addRequestComment(id: $id, body: $body) { id body author { id } createdAt } }`;
const overviewQuery = `query($within: Int) { overview { requestsDueSoon(withinDays: $within) { id dueOn daysLeft } overdueRequests { id daysLeft overdue } } }`;

/** Noon in Oslo on a calendar date, whatever the season (+01:00 or +02:00 keeps the date). */
const osloNoon = (date: string) => new Date(`${date}T12:00:00+01:00`);

describe('data-subject requests: steps, deadlines, comments', () => {
  let server: TestServer;
  let partner: SignedIn;
  let auditor: SignedIn;
  const today = osloToday();

  const run = async (mutation: string, variables: Record<string, unknown>) => {
    const result = await partner.client.request<Record<string, Record<string, unknown>>>(mutation, variables);
    return { row: result.data ? Object.values(result.data)[0] : undefined, error: result.errors?.[0] };
  };
  const ok = async (mutation: string, variables: Record<string, unknown>) => {
    const { row, error } = await run(mutation, variables);
    expect(error).toBeUndefined();
    return row as Record<string, any>;
  };
  const auditActions = async (id: string) =>
    (await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, id)).orderBy(schema.auditLog.seq)).map((e) => e.action);
  const pauseSince = (id: string, date: string) =>
    server.db.update(schema.dataSubjectRequests).set({ identityRequestedAt: osloNoon(date) }).where(eq(schema.dataSubjectRequests.id, id));

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    auditor = await server.signIn('auditor');
  });
  afterAll(() => server?.close());

  it('walks received → identity asked (clock stops) → verified (days added) → in progress → completed', async () => {
    const receivedOn = addCalendarDays(today, -3);
    const request = await registerRequest(partner, { receivedOn });
    const due = deadlineOf(receivedOn, 0, false);

    const asked = await ok(step.askIdentity, { id: request.id });
    expect(asked).toMatchObject({ status: 'received', paused: true, dueOn: due, identityVerifiedAt: null });
    expect(asked.identityRequestedAt).toBeTruthy();

    // Five days pass while the requester finds their papers: the days left do not move.
    await pauseSince(request.id, addCalendarDays(today, -5));
    const waiting = (await partner.client.data(requestQuery, { id: request.id })).dataSubjectRequest;
    expect(waiting).toMatchObject({ paused: true, dueOn: addCalendarDays(due, 5), baseDueOn: due, daysLeft: calendarDaysBetween(today, due) + 5 });

    const verified = await ok(step.verify, { id: request.id });
    expect(verified).toMatchObject({
      status: 'identity_verified',
      paused: false,
      pausedDays: 5,
      dueOn: deadlineOf(receivedOn, 5, false),
      baseDueOn: deadlineOf(receivedOn, 5, false),
    });
    expect(verified.identityVerifiedAt).toBeTruthy();

    expect(await ok(step.start, { id: request.id })).toMatchObject({ status: 'in_progress' });
    const blank = await run(step.complete, { id: request.id, resolution: '  ' });
    expect(blank.error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resolution' });
    const done = await ok(step.complete, { id: request.id, resolution: 'Sendte innsyn i alt vi har, som PDF og JSON.' });
    expect(done).toMatchObject({ status: 'completed', resolution: 'Sendte innsyn i alt vi har, som PDF og JSON.', daysLeft: null, overdue: false, paused: false });
    expect(done.completedAt).toBeTruthy();

    expect(await auditActions(request.id)).toEqual([
      'request.register',
      'request.identity.request',
      'request.read',
      'request.identity.verify',
      'request.start',
      'request.complete',
    ]);
    const [verifyEntry] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'request.identity.verify'));
    expect(verifyEntry?.details).toMatchObject({ from: 'received', to: 'identity_verified', pausedDays: 5 });
    const all = JSON.stringify(await server.db.select().from(schema.auditLog));
    expect(all).not.toContain('Sendte innsyn');
  });

  it('extends once by two further months, with a reason; a second extension is a conflict', async () => {
    const receivedOn = addCalendarDays(today, -2);
    const request = await registerRequest(partner, { receivedOn });
    const noReason = await run(step.extend, { id: request.id, reason: '' });
    expect(noReason.error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const extended = await ok(step.extend, { id: request.id, reason: 'Mange og sammensatte forespørsler' });
    const longDue = deadlineOf(receivedOn, 0, true);
    expect(extended).toMatchObject({ extendedDueOn: longDue, dueOn: longDue, baseDueOn: deadlineOf(receivedOn, 0, false), extensionReason: 'Mange og sammensatte forespørsler' });

    const again = await run(step.extend, { id: request.id, reason: 'Enda mer tid' });
    expect(again.error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(again.error?.message).toMatch(/only once/);
    const [row] = await server.db.select().from(schema.dataSubjectRequests).where(eq(schema.dataSubjectRequests.id, request.id));
    expect(row).toMatchObject({ extendedDueOn: longDue, extensionReason: 'Mange og sammensatte forespørsler' });
  });

  it('moves both deadlines by the days paused when the extension came during the pause', async () => {
    const receivedOn = addCalendarDays(today, -4);
    const request = await registerRequest(partner, { receivedOn });
    await ok(step.askIdentity, { id: request.id });
    await ok(step.extend, { id: request.id, reason: 'Krever innhenting fra flere systemer' });
    await pauseSince(request.id, addCalendarDays(today, -3));
    const verified = await ok(step.verify, { id: request.id });
    expect(verified).toMatchObject({
      pausedDays: 3,
      baseDueOn: deadlineOf(receivedOn, 3, false),
      extendedDueOn: deadlineOf(receivedOn, 3, true),
      dueOn: deadlineOf(receivedOn, 3, true),
    });
  });

  it('refuses illegal steps with CONFLICT and a clear message, changing nothing', async () => {
    const request = await registerRequest(partner, { receivedOn: addCalendarDays(today, -1) });
    const snapshot = async () => (await server.db.select().from(schema.dataSubjectRequests).where(eq(schema.dataSubjectRequests.id, request.id)))[0];
    const conflictOf = async (mutation: string, variables: Record<string, unknown> = {}) => {
      const { error } = await run(mutation, { id: request.id, ...variables });
      expect(error?.extensions?.code, error?.message).toBe('CONFLICT');
      return error?.message;
    };

    let before = await snapshot();
    expect(await conflictOf(step.start)).toMatch(/Verify the requester’s identity before starting work/);
    expect(await conflictOf(step.complete, { resolution: 'Ferdig' })).toMatch(/Start work on the request before completing it/);
    expect(await snapshot()).toEqual(before);

    await ok(step.askIdentity, { id: request.id });
    expect(await conflictOf(step.askIdentity)).toMatch(/already asked for/);
    await ok(step.verify, { id: request.id });
    expect(await conflictOf(step.verify)).toMatch(/already verified/);
    expect(await conflictOf(step.askIdentity)).toMatch(/already verified/);
    await ok(step.start, { id: request.id });
    expect(await conflictOf(step.start)).toMatch(/already started/);

    const refused = await ok(step.refuse, { id: request.id, reason: 'Åpenbart grunnløs (art. 12(5))' });
    expect(refused).toMatchObject({ status: 'refused', refusalReason: 'Åpenbart grunnløs (art. 12(5))', daysLeft: null });
    before = await snapshot();
    const auditBefore = await auditActions(request.id);
    for (const [mutation, extra] of [
      [step.refuse, { reason: 'Igjen' }],
      [step.complete, { resolution: 'Likevel' }],
      [step.extend, { reason: 'Mer tid' }],
      [step.start, {}],
      [step.verify, {}],
      [assignMutation, { userId: partner.user.id }],
    ] as const) {
      expect(await conflictOf(mutation, extra)).toMatch(/already refused; it can no longer change/);
    }
    expect(await snapshot()).toEqual(before);
    expect(await auditActions(request.id)).toEqual(auditBefore);

    const unknown = await partner.client.request(step.start, { id: crypto.randomUUID() });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const refusalWithoutReason = await run(step.refuse, { id: (await registerRequest(partner)).id, reason: ' ' });
    expect(refusalWithoutReason.error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('will not pause or extend a clock that has already run out', async () => {
    const overdue = await registerRequest(partner, { receivedOn: '2024-01-10' });
    expect(overdue.overdue).toBe(true);
    expect((await run(step.askIdentity, { id: overdue.id })).error?.message).toMatch(/deadline has passed/);
    expect((await run(step.extend, { id: overdue.id, reason: 'For sent' })).error?.message).toMatch(/deadline has passed/);
    const [row] = await server.db.select().from(schema.dataSubjectRequests).where(eq(schema.dataSubjectRequests.id, overdue.id));
    expect(row).toMatchObject({ identityRequestedAt: null, extendedDueOn: null });
  });

  it('assigns an active partner as handler; staff, disabled and unknown users are refused', async () => {
    const request = await registerRequest(partner);
    const other = await server.signIn('partner');
    const staff = await server.signIn('staff');
    const disabled = await server.signIn('partner');
    await partner.client.data(`mutation($id: ID!) { disableUser(userId: $id) { id } }`, { id: disabled.user.id });

    const assigned = await ok(assignMutation, { id: request.id, userId: other.user.id });
    expect(assigned).toEqual({ id: request.id, handler: { id: other.user.id } });
    for (const user of [staff.user.id, disabled.user.id]) {
      const { error } = await run(assignMutation, { id: request.id, userId: user });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    }
    expect((await run(assignMutation, { id: request.id, userId: crypto.randomUUID() })).error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
    const [row] = await server.db.select().from(schema.dataSubjectRequests).where(eq(schema.dataSubjectRequests.id, request.id));
    expect(row?.handlerId).toBe(other.user.id);
    const [entry] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'request.assign'));
    expect(entry?.details).toMatchObject({ previousHandlerId: null, handlerId: other.user.id });
  });

  it('keeps internal comments, oldest first; auditors read them but cannot add', async () => {
    const request = await registerRequest(partner);
    const first = (await partner.client.data(commentMutation, { id: request.id, body: 'Ringte og ba om legitimasjon.' })).addRequestComment;
    await partner.client.data(commentMutation, { id: request.id, body: 'Legitimasjon mottatt per post.' });
    expect(first).toMatchObject({ body: 'Ringte og ba om legitimasjon.', author: { id: partner.user.id } });
    const seen = (await auditor.client.data(requestQuery, { id: request.id })).dataSubjectRequest.comments;
    expect(seen.map((c: { body: string }) => c.body)).toEqual(['Ringte og ba om legitimasjon.', 'Legitimasjon mottatt per post.']);

    const count = () => server.db.$count(schema.requestComments);
    const before = await count();
    expect((await partner.client.request(commentMutation, { id: request.id, body: '   ' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect((await partner.client.request(commentMutation, { id: crypto.randomUUID(), body: 'Hei' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await auditor.client.request(commentMutation, { id: request.id, body: 'Revisor' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
    const entries = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'request.comment.add'));
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(await server.db.select().from(schema.auditLog))).not.toContain('legitimasjon');
  });

  it('shows open requests due soon and overdue on the overview, with paused ones held still', async () => {
    const soon = await registerRequest(partner, { receivedOn: addCalendarDays(addCalendarDays(today, 3), -31) });
    const late = await registerRequest(partner, { receivedOn: addCalendarDays(today, -45) });
    const lateButDone = await registerRequest(partner, { receivedOn: addCalendarDays(today, -45) });
    await ok(step.refuse, { id: lateButDone.id, reason: 'Trukket av avsender' });
    const farOff = await registerRequest(partner);
    // Asked for identity 40 days ago, still waiting: the clock stopped 5 days after receipt.
    const paused = await registerRequest(partner, { receivedOn: addCalendarDays(today, -45) });
    await pauseSince(paused.id, addCalendarDays(today, -40));

    const { overview } = await auditor.client.data(overviewQuery, { within: 7 });
    const dueSoonIds = overview.requestsDueSoon.map((r: { id: string }) => r.id);
    const overdueIds = overview.overdueRequests.map((r: { id: string }) => r.id);
    expect(dueSoonIds).toContain(soon.id);
    expect(dueSoonIds).not.toContain(farOff.id);
    expect(overdueIds).toContain(late.id);
    expect(overdueIds).not.toContain(lateButDone.id);
    expect(overdueIds).not.toContain(paused.id);
    expect(dueSoonIds).not.toContain(paused.id);
    expect(overview.overdueRequests.find((r: { id: string }) => r.id === late.id)).toMatchObject({ overdue: true });
    expect(overview.overdueRequests.every((r: { daysLeft: number }) => r.daysLeft < 0)).toBe(true);
    expect(overview.requestsDueSoon.every((r: { daysLeft: number }) => r.daysLeft >= 0 && r.daysLeft <= 7)).toBe(true);
    const pausedNow = (await partner.client.data(requestQuery, { id: paused.id })).dataSubjectRequest;
    expect(pausedNow).toMatchObject({ paused: true, overdue: false, daysLeft: calendarDaysBetween(addCalendarDays(today, -40), deadlineOf(addCalendarDays(today, -45), 0, false)) });

    const wide = (await partner.client.data(overviewQuery, { within: 40 })).overview.requestsDueSoon.map((r: { id: string }) => r.id);
    expect(wide).toEqual(expect.arrayContaining([soon.id, farOff.id, paused.id]));
    const bad = await partner.client.request(overviewQuery, { within: -1 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinDays' });
  });
});
