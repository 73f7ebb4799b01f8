import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onOneConnection, schema, type Queryable } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import { testDriver } from '@pvr/db/testing';
import { countNotes, fetchNotePages } from '../src/features/cases/call-note-pages.ts';
import { systemContext } from '../src/features/retention/job/job-context.ts';
import { startTestServer, type TestServer } from './harness.ts';

/**
 * PostgreSQL plans a prepared statement for its values five times and then keeps one generic
 * plan only if that plan's estimate is no worse. A key-list statement (`= any($ids)`) run for one
 * candidate never passed: it was planned again on every call, about half the database's time for
 * a candidate's page. Built for one key (`matchesIds`), it keeps its generic plan.
 */
describe.skipIf(testDriver !== 'postgres')('prepared statements for one key keep a generic plan', () => {
  let server: TestServer;
  let candidateIds: string[];
  let partnerId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const partner = await server.signIn('partner');
    partnerId = partner.user.id;
    const [caseRow] = await server.db
      .insert(schema.cases)
      .values({ reference: 'PLAN-1', title: 'Plan', clientName: 'Kunde AS', responsiblePartnerId: partnerId })
      .returning();
    // Enough rows that an index scan for a few candidates beats reading them all, as at scale.
    await server.db.execute(sql`insert into candidates (full_name, source) select 'Plan Kandidat ' || n, 'added_by_partner' from generate_series(1, 400) n`);
    await server.db.execute(sql`
      insert into call_notes (case_id, occurred_at, direction, other_party_name, other_party_phone, candidate_id, author_id, body)
      select ${caseRow!.id}, now() - n * interval '1 minute', 'incoming', 'Innringer', '+4741234567', c.id, ${partnerId}, 'Samtale ' || n
        from candidates c cross join generate_series(1, 8) n`);
    await server.db.execute(sql`analyze candidates, call_notes`);
    candidateIds = (await server.db.select({ id: schema.candidates.id }).from(schema.candidates).limit(2)).map((row) => row.id);
  });
  afterAll(() => server?.close());

  const plansOf = async (db: Queryable, text: string) => {
    const rows = (await db.execute(
      sql`select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements where statement like ${`%${text}%`} and statement not like '%pg_prepared_statements%'`,
    )) as unknown as { generic: number; custom: number }[];
    return rows;
  };

  it("plans a candidate's note page and note count once, and a two-candidate read per call", async () => {
    const ctx = systemContext({ db: server.db, config: server.config, actor: { id: partnerId, role: 'partner', sessionId: 'plan-test', reauthenticatedAt: new Date() } }, 'plan-test');
    await onOneConnection(server.db, async (db) => {
      for (let i = 0; i < 8; i++) {
        await fetchNotePages(db, ctx, 'candidate', [candidateIds[0]!], 20);
        await countNotes(db, ctx, 'candidate', [candidateIds[0]!]);
        await countNotes(db, ctx, 'candidate', candidateIds);
      }
      const one = await plansOf(db, '"call_notes"."candidate_id" = $');
      expect(one).toHaveLength(2);
      // Five custom plans to compare with, then the generic plan on every later call.
      for (const plans of one) expect(plans).toEqual({ generic: 3, custom: 5 });
      // The same count for two candidates still guesses more keys than it has, and keeps planning.
      expect(await plansOf(db, '"call_notes"."candidate_id" = any($')).toEqual([{ generic: 0, custom: 8 }]);
    });
  });
});
