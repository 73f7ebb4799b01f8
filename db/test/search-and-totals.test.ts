import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, schema, type Database } from '../src/index.ts';
import { sql } from '../src/orm.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

/** The performance objects of issue 7, on both drivers: the folding function, the name-word dictionary and the consent totals. */
describe('search folding and consent totals', () => {
  let handle: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    handle = await createTestDatabase();
    db = handle.db;
  });
  afterAll(() => handle?.close());

  const totals = async () =>
    Object.fromEntries(
      (await queryRows<{ key: string; events: string | number }>(db, sql`select purpose || '/' || action as key, sum(events) as events from consent_event_totals group by 1 having sum(events) > 0`)).map(
        (row) => [row.key, Number(row.events)],
      ),
    );

  it('folds names so ø/o, æ/ae, å/aa and case meet, and the trigram index is usable', async () => {
    const [row] = await queryRows<Record<string, string>>(
      db,
      sql`select search_fold('Bjørn Ødegård') as a, search_fold('BJORN ODEGAARD') as b, search_fold('Bærum') as c, search_fold('Baerum') as d, search_fold('Åsen') as e, search_fold('Aasen') as f`,
    );
    expect(row!.a).toBe(row!.b);
    expect(row!.c).toBe(row!.d);
    expect(row!.e).toBe(row!.f);
    const [words] = await queryRows<{ words: string[] }>(db, sql`select search_words('Anne-Lise  Ødegård (Aas)') as words`);
    expect(words!.words).toEqual(['anne', 'lise', 'odegard', 'as']);
    const indexes = await queryRows<{ indexname: string }>(
      db,
      sql`select indexname from pg_indexes where indexname in ('candidates_name_search_idx', 'candidate_name_words_trgm_idx', 'call_notes_body_search_idx') order by 1`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual(['call_notes_body_search_idx', 'candidate_name_words_trgm_idx', 'candidates_name_search_idx']);
  });

  it('keeps the name-word dictionary exact, and a word nobody has any more leaves no trace', async () => {
    const dictionary = async () =>
      Object.fromEntries(
        (await queryRows<{ word: string; n: number }>(db, sql`select word, candidates as n from candidate_name_words where word like 'zq%' order by word`)).map((r) => [r.word, Number(r.n)]),
      );
    const recount = async () =>
      queryRows<{ word: string; n: number }>(
        db,
        sql`(select word, count(*)::int as n from candidates, unnest(tsvector_to_array(name_search)) as word group by word
             except select word, candidates from candidate_name_words)
            union all
            (select word, candidates from candidate_name_words
             except select word, count(*)::int from candidates, unnest(tsvector_to_array(name_search)) as word group by word)`,
      );
    const [first, second] = await db
      .insert(schema.candidates)
      .values([
        { fullName: 'Zqalfa Zqbeta', source: 'added_by_partner' },
        { fullName: 'Zqalfa Zqgamma-Zqgamma', source: 'added_by_partner' },
      ])
      .returning();
    expect(await dictionary()).toEqual({ zqalfa: 2, zqbeta: 1, zqgamma: 1 });
    // A rename moves the counts; an update that leaves the name alone changes nothing.
    await db.execute(sql`update candidates set full_name = 'Zqålfa Zqdelta' where id = ${first!.id}`);
    await db.execute(sql`update candidates set last_activity_at = now() where id = ${second!.id}`);
    expect(await dictionary()).toEqual({ zqalfa: 2, zqdelta: 1, zqgamma: 1 });
    await db.execute(sql`delete from candidates where id = ${second!.id}`);
    expect(await dictionary()).toEqual({ zqalfa: 1, zqdelta: 1 });
    await db.execute(sql`delete from candidates where id = ${first!.id}`);
    expect(await dictionary()).toEqual({});
    const [left] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from candidate_name_words where word like 'zq%'`);
    expect(left!.n).toBe(0);
    expect(await recount()).toEqual([]);
  });

  it('keeps the totals equal to a count of the events through inserts and an erasure', async () => {
    const [candidate] = await db.insert(schema.candidates).values({ fullName: 'Totals Test', source: 'self_registered' }).returning();
    const event = (action: 'granted' | 'withdrawn', purpose: 'candidate_registry' | 'web_analytics') => ({
      subjectType: 'candidate' as const,
      candidateId: candidate!.id,
      purpose,
      action,
      occurredAt: new Date(),
      method: 'web_form' as const,
    });
    await db.insert(schema.consentEvents).values([event('granted', 'candidate_registry'), event('granted', 'web_analytics'), event('withdrawn', 'web_analytics')]);
    await db.insert(schema.consentEvents).values(event('granted', 'web_analytics'));
    expect(await totals()).toEqual({ 'candidate_registry/granted': 1, 'web_analytics/granted': 2, 'web_analytics/withdrawn': 1 });
    await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('pvr.erasure_in_progress', 'on', true)`);
      await tx.execute(sql`delete from consent_events where purpose = 'web_analytics'`);
    });
    expect(await totals()).toEqual({ 'candidate_registry/granted': 1 });
    const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from consent_events`);
    expect(count!.n).toBe(1);
  });

  it('keeps the candidate totals per status and source through inserts, updates and deletes', async () => {
    const buckets = async () =>
      Object.fromEntries(
        (await queryRows<{ key: string; n: string | number }>(db, sql`select status || '/' || source as key, candidates as n from candidate_totals where candidates > 0`)).map((r) => [r.key, Number(r.n)]),
      );
    const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from candidates`);
    const before = await buckets();
    expect(Object.values(before).reduce((a, b) => a + b, 0)).toBe(count!.n);
    const rows = await db.insert(schema.candidates).values([1, 2, 3].map((i) => ({ fullName: `Bucket ${i}`, source: 'added_by_partner' as const }))).returning();
    await db.execute(sql`update candidates set status = 'placed' where full_name = 'Bucket 1'`);
    await db.execute(sql`update candidates set last_activity_at = now() where full_name like 'Bucket %'`);
    await db.execute(sql`delete from candidates where id = ${rows[2]!.id}`);
    const after = await buckets();
    expect((after['active/added_by_partner'] ?? 0) - (before['active/added_by_partner'] ?? 0)).toBe(1);
    expect((after['placed/added_by_partner'] ?? 0) - (before['placed/added_by_partner'] ?? 0)).toBe(1);
  });
});
