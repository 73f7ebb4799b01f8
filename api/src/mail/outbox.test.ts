import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { enqueueEmail } from './outbox.ts';

const outbox = `query($first: Int, $after: String) {
  outbox(first: $first, after: $after) { nodes { id kind to subject text createdAt sentAt attempts lastErrorCode } pageInfo { endCursor hasNextPage } totalCount }
}`;

describe('the outbox query (mail without SMTP)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('shows queued mail to partners, newest first, in pages, and audits the ids it showed', async () => {
    // One transaction each: created_at is the transaction's start.
    for (const n of [1, 2, 3]) {
      await server.db.transaction((tx) => enqueueEmail(tx, { kind: 'other', to: `Post.${n}@Example.test`, subject: `Emne ${n}`, text: `Tekst ${n}` }));
    }
    const partner = await server.signIn('partner');
    const first = (await partner.client.data(outbox, { first: 2 })).outbox;
    expect(first.totalCount).toBe(3);
    expect(first.nodes.map((n: { to: string }) => n.to)).toEqual(['post.3@example.test', 'post.2@example.test']);
    expect(first.nodes[0]).toMatchObject({ kind: 'other', subject: 'Emne 3', text: 'Tekst 3', sentAt: null, attempts: 0, lastErrorCode: null });
    const second = (await partner.client.data(outbox, { first: 2, after: first.pageInfo.endCursor })).outbox;
    expect(second.nodes.map((n: { to: string }) => n.to)).toEqual(['post.1@example.test']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const audit = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'outbox.list')).orderBy(schema.auditLog.seq);
    expect(audit).toHaveLength(2);
    expect(audit[0]?.details).toEqual({ outboxIds: first.nodes.map((n: { id: string }) => n.id) });
    expect(JSON.stringify(audit)).not.toContain('example.test');

    const bad = await partner.client.request(outbox, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('is for partners only', async () => {
    for (const role of ['staff', 'auditor'] as const) {
      const { client } = await server.signIn(role);
      expect((await client.request(outbox, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await server.anonymous().request(outbox, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
