import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';

const add = `mutation($input: AddSubscriberInput!) { addSubscriber(input: $input) { id email status source confirmedAt } }`;
const remove = `mutation($id: ID!) { removeSubscriber(id: $id) }`;
const list = `query($search: String, $status: SubscriberStatus, $first: Int, $after: String) {
  subscribers(search: $search, status: $status, first: $first, after: $after) { nodes { id email status } pageInfo { endCursor hasNextPage } totalCount }
}`;
const withdraw = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id action subscriberId } }`;

describe('newsletter', () => {
  let server: TestServer;
  let partner: Awaited<ReturnType<TestServer['signIn']>>;
  const eventsOf = (subscriberId: string) =>
    server.db.select().from(schema.consentEvents).where(eq(schema.consentEvents.subscriberId, subscriberId));
  const subscriberRow = async (id: string) => (await server.db.select().from(schema.subscribers).where(eq(schema.subscribers.id, id)))[0];

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
  });
  afterAll(() => server?.close());

  it('adds an active subscriber with its newsletter consent, audited without the address', async () => {
    const { addSubscriber } = await partner.client.data(add, {
      input: { email: ' Nina.Nyhet@Example.TEST ', consentMethod: 'email', evidenceNote: 'Ba om nyhetsbrev på e-post' },
    });
    expect(addSubscriber).toMatchObject({ email: 'nina.nyhet@example.test', status: 'active', source: 'added_by_partner' });
    expect(addSubscriber.confirmedAt).toBeTruthy();
    const events = await eventsOf(addSubscriber.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ subjectType: 'subscriber', purpose: 'newsletter', action: 'granted', method: 'email', recordedBy: partner.user.id });
    const audit = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, addSubscriber.id)).orderBy(schema.auditLog.seq);
    expect(audit.map((e) => e.action)).toEqual(['subscriber.add']);
    expect(JSON.stringify(audit)).not.toMatch(/nina|example\.test|nyhetsbrev/i);
  });

  it('answers CONFLICT on field email for an address already on the list, storing nothing more', async () => {
    await partner.client.data(add, { input: { email: 'dup@example.test', consentMethod: 'phone' } });
    const before = await server.db.$count(schema.consentEvents);
    const result = await partner.client.request(add, { input: { email: 'DUP@example.test ', consentMethod: 'phone' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(await server.db.$count(schema.consentEvents)).toBe(before);
  });

  it('refuses a malformed email and names the field', async () => {
    const result = await partner.client.request(add, { input: { email: 'nope', consentMethod: 'email' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('lists, searches and pages the subscribers for partners and auditors, not staff', async () => {
    for (const email of ['liste.a@example.test', 'liste.b@example.test', 'liste.c@example.test']) {
      await partner.client.data(add, { input: { email, consentMethod: 'in_person' } });
    }
    const first = (await partner.client.data(list, { search: 'liste.', first: 2 })).subscribers;
    expect(first.totalCount).toBe(3);
    expect(first.nodes.map((n: { email: string }) => n.email)).toEqual(['liste.c@example.test', 'liste.b@example.test']);
    const second = (await partner.client.data(list, { search: 'liste.', first: 2, after: first.pageInfo.endCursor })).subscribers;
    expect(second.nodes.map((n: { email: string }) => n.email)).toEqual(['liste.a@example.test']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const auditor = await server.signIn('auditor');
    expect((await auditor.client.data(list, { status: 'active' })).subscribers.totalCount).toBeGreaterThanOrEqual(3);
    const staff = await server.signIn('staff');
    const refused = await staff.client.request(list, {});
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const auditorAdd = await auditor.client.request(add, { input: { email: 'x@example.test', consentMethod: 'email' } });
    expect(auditorAdd.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'subscriber.list')).orderBy(schema.auditLog.seq);
    expect(listed.length).toBeGreaterThan(0);
    expect(JSON.stringify(listed)).not.toContain('example.test');
  });

  it('removes a subscriber and its consent events, keeping only ids in the audit log', async () => {
    const { addSubscriber } = await partner.client.data(add, { input: { email: 'fjern.meg@example.test', consentMethod: 'email' } });
    expect((await partner.client.data(remove, { id: addSubscriber.id })).removeSubscriber).toBe(true);
    expect(await subscriberRow(addSubscriber.id)).toBeUndefined();
    expect(await eventsOf(addSubscriber.id)).toHaveLength(0);
    const audit = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, addSubscriber.id)).orderBy(schema.auditLog.seq);
    expect(audit.map((e) => e.action)).toEqual(['subscriber.add', 'subscriber.remove']);
    expect(audit[1]?.details).toMatchObject({ consentEvents: 1 });
    expect(JSON.stringify(audit)).not.toContain('fjern.meg');
    const again = await partner.client.request(remove, { id: addSubscriber.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('removes the subscriber at once when staff record a newsletter withdrawal', async () => {
    const { addSubscriber } = await partner.client.data(add, { input: { email: 'trekker@example.test', consentMethod: 'email' } });
    const staff = await server.signIn('staff');
    const { recordConsent } = await staff.client.data(withdraw, {
      input: { subject: { subscriberId: addSubscriber.id }, purpose: 'newsletter', action: 'withdrawn', method: 'email' },
    });
    expect(recordConsent).toMatchObject({ action: 'withdrawn', subscriberId: addSubscriber.id });
    expect(await subscriberRow(addSubscriber.id)).toBeUndefined();
    expect(await eventsOf(addSubscriber.id)).toHaveLength(0);
    const audit = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, addSubscriber.id)).orderBy(schema.auditLog.seq);
    expect(audit.map((e) => e.action)).toEqual(['subscriber.add', 'subscriber.remove']);
    expect(audit[1]?.details).toMatchObject({ reason: 'newsletter_withdrawn', consentEvents: 2 });
    const recorded = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, recordConsent.id)).orderBy(schema.auditLog.seq);
    expect(recorded[0]?.details).toMatchObject({ purpose: 'newsletter', action: 'withdrawn', subscriberRemoved: true });
  });

  it('keeps the subscriber when a newsletter grant is recorded', async () => {
    const { addSubscriber } = await partner.client.data(add, { input: { email: 'blir@example.test', consentMethod: 'email' } });
    await partner.client.data(withdraw, {
      input: { subject: { subscriberId: addSubscriber.id }, purpose: 'newsletter', action: 'granted', method: 'phone' },
    });
    expect(await subscriberRow(addSubscriber.id)).toBeDefined();
    expect(await eventsOf(addSubscriber.id)).toHaveLength(2);
  });
});
