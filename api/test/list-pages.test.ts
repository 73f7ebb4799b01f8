import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import { startTestServer, type TestServer } from './harness.ts';

type Connection = { nodes: { id: string }[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/**
 * The dashboard's paged lists (besides candidates and the consent history, measured in the
 * bench): each page comes with the total of its filter in one statement, so a page costs the
 * session lookup, that statement and — where the list is audited — the audit insert, whatever
 * its size; and a page past the last row still tells the total.
 */
const lists = [
  { field: 'cases', table: schema.cases, audited: true },
  { field: 'processors', table: schema.processors, audited: false },
  { field: 'dataSubjectRequests', table: schema.dataSubjectRequests, audited: true },
  { field: 'subscribers', table: schema.subscribers, audited: true },
  { field: 'outbox', table: schema.emailOutbox, audited: true },
  { field: 'complianceTasks', table: schema.complianceTasks, audited: false },
  { field: 'retentionRuns', table: schema.retentionRuns, audited: false },
] as const;

describe('paged lists: rows and total in one statement', () => {
  let server: TestServer;
  let partner: Awaited<ReturnType<TestServer['signIn']>>;

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    const three = [1, 2, 3];
    const db = server.db;
    await db.insert(schema.cases).values(three.map((n) => ({ reference: `LIST-${n}`, title: `Sak ${n}`, clientName: 'Kunde AS', responsiblePartnerId: partner.user.id })));
    await db.insert(schema.processors).values(three.map((n) => ({ name: `Leverandør ${n} AS`, role: 'processor' as const, serviceDescription: 'Drift', dataLocation: 'eea' as const })));
    await db
      .insert(schema.dataSubjectRequests)
      .values(three.map((n) => ({ kind: 'access' as const, requesterName: `Person ${n}`, receivedOn: `2026-11-0${n}`, dueOn: `2026-12-0${n}` })));
    await db.insert(schema.subscribers).values(three.map((n) => ({ email: `liste${n}@example.test`, source: 'added_by_partner' as const })));
    await db.insert(schema.emailOutbox).values(three.map((n) => ({ kind: 'request_receipt' as const, toAddress: `liste${n}@example.test`, subject: 'Kvittering', textBody: 'Mottatt.' })));
    await db.insert(schema.complianceTasks).values(three.map((n) => ({ kind: 'privacy_statement_review' as const, dueOn: `2027-0${n}-01` })));
    for (const _ of three) await partner.client.data(`mutation { runRetention(dryRun: true) { id } }`);
  });
  afterAll(() => server?.close());

  for (const list of lists) {
    it(`${list.field}: the same statements for 1 or 50 rows, and the total on every page`, async () => {
      const [{ n: total } = { n: 0 }] = await server.db.select({ n: sql<number>`count(*)::int` }).from(list.table);
      expect(total).toBeGreaterThanOrEqual(3);
      const page = (first: number, after?: string | null) =>
        partner.client.request<Record<string, Connection>>(
          `query($first: Int!, $after: String) { ${list.field}(first: $first, after: $after) { nodes { id } totalCount pageInfo { hasNextPage endCursor } } }`,
          { first, after },
        );

      const one = await page(1);
      const all = await page(50);
      expect(one.errors).toBeUndefined();
      expect(all.errors).toBeUndefined();
      // Session, the page with its total, and the audit insert where the list is audited.
      const expected = list.audited ? 3 : 2;
      expect(one.statements).toBe(expected);
      expect(all.statements).toBe(expected);
      expect(one.data![list.field]).toMatchObject({ totalCount: total, pageInfo: { hasNextPage: true } });
      expect(one.data![list.field]!.nodes).toHaveLength(1);
      expect(all.data![list.field]).toMatchObject({ totalCount: total, pageInfo: { hasNextPage: false } });
      expect(all.data![list.field]!.nodes).toHaveLength(total);

      // Paged one by one, every row once, in the order of the whole list.
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < total; i++) {
        const next: Connection = (await page(1, cursor)).data![list.field]!;
        expect(next.totalCount).toBe(total);
        seen.push(...next.nodes.map((node) => node.id));
        cursor = next.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.data![list.field]!.nodes.map((node) => node.id));

      // Past the last row: no rows, but still the total.
      const past = await page(5, cursor);
      expect(past.errors).toBeUndefined();
      expect(past.data![list.field]).toMatchObject({ nodes: [], totalCount: total, pageInfo: { hasNextPage: false, endCursor: null } });
    });
  }
});
