import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { asc, eq, sql } from '@pvr/db/orm';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { logCallNoteMutation, noteInput, openTestCase, type SignedIn } from '../features/cases/cases.fixtures.ts';

const detailQuery = `query($id: ID!) {
  candidate(id: $id) { id consents { purpose granted } callNoteCount callNotes(first: 20) { id } }
  consentHistory(subject: { candidateId: $id }, first: 50) { totalCount nodes { id } }
}`;

describe('audited reads of one request, batched', () => {
  let server: TestServer;
  let partner: SignedIn;
  let candidateId: string;
  const entriesOf = (requestId: string) =>
    server.db.select().from(schema.auditLog).where(eq(schema.auditLog.requestId, requestId)).orderBy(asc(schema.auditLog.seq));

  beforeAll(async () => {
    server = await startTestServer();
    partner = await server.signIn('partner');
    const [candidate] = await server.db.insert(schema.candidates).values({ fullName: 'Batch Kandidat', source: 'self_registered' }).returning();
    candidateId = candidate!.id;
    await server.db
      .insert(schema.consentEvents)
      .values({ subjectType: 'candidate', candidateId, purpose: 'candidate_registry', action: 'granted', occurredAt: new Date(), method: 'web_form' });
    const caseId = (await openTestCase(partner)).id;
    await partner.client.data(logCallNoteMutation, { input: noteInput(caseId, { candidateId }) });
  });
  afterAll(() => server?.close());

  it('reads the candidate page in one transaction, with every read audited in one insert', async () => {
    const response = await partner.client.request<{ candidate: { callNoteCount: number; consents: unknown[] }; consentHistory: { totalCount: number } }>(detailQuery, {
      id: candidateId,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.candidate).toMatchObject({ callNoteCount: 1, consents: [{ purpose: 'candidate_registry', granted: true }] });
    expect(response.data?.consentHistory.totalCount).toBe(1);
    const entries = await entriesOf(response.requestId);
    expect(entries.map((e) => e.action).sort()).toEqual(['callNote.list', 'candidate.read', 'consent.current.read', 'consent.history.read']);
    // One multi-row insert: the chain numbers them one after another.
    expect(entries.map((e) => e.seq - entries[0]!.seq)).toEqual([0, 1, 2, 3]);
    expect(new Set(entries.map((e) => e.occurredAt.toISOString())).size).toBe(1);
    // Session, candidate, the history page with its total and subject check (one statement),
    // consents, the notes with their count (one statement) and the one audit insert (in four
    // transactions, each with its own insert, it was 12; with pages and totals apart, 9).
    expect(response.statements).toBe(6);
  });

  it('reads a page of the candidates list and its rows\' consents in one transaction, with one audit insert', async () => {
    const response = await partner.client.request<{ candidates: { nodes: { id: string; consents: unknown[]; callNoteCount: number }[] } }>(
      `query { candidates(first: 50) { nodes { id consents { purpose granted } callNoteCount } totalCount } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.candidates.nodes.find((n) => n.id === candidateId)).toMatchObject({ callNoteCount: 1, consents: [{ purpose: 'candidate_registry', granted: true }] });
    const entries = await entriesOf(response.requestId);
    expect(entries.map((e) => e.action)).toEqual(['candidate.list', 'consent.current.read']);
    expect(entries.map((e) => e.seq - entries[0]!.seq)).toEqual([0, 1]);
    // now() is the transaction's start: one value for both entries means one transaction.
    expect(new Set(entries.map((e) => e.occurredAt.toISOString())).size).toBe(1);
    // Session, rows with their total (one statement), consents, note counts and the one audit insert.
    expect(response.statements).toBe(5);
  });

  it('refuses a missing candidate without failing the batch: the sibling read still commits its entry', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const response = await partner.client.request(
      `query($missing: ID!, $id: ID!) { candidate(id: $missing) { id consents { purpose } } consentHistory(subject: { candidateId: $id }, first: 5) { totalCount } }`,
      { missing: unknown, id: candidateId },
    );
    expect(response.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([['candidate', 'NOT_FOUND']]);
    expect((await entriesOf(response.requestId)).map((e) => e.action)).toEqual(['consent.history.read']);
  });

  it('hands on nothing a read found when its audit insert fails: the commit that follows the insert rolls back', async () => {
    // A trigger refusing this candidate's entries stands in for any failure of the insert.
    await server.db.execute(
      sql.raw(`create function pvr_test_refuse_audit() returns trigger language plpgsql as $$
        begin if new.entity_id = '${candidateId}' then raise exception 'audit refused (test)'; end if; return new; end $$`),
    );
    await server.db.execute(sql`create trigger pvr_test_refuse_audit before insert on audit_log for each row execute function pvr_test_refuse_audit()`);
    try {
      const refused = await partner.client.request<{ candidate: { fullName: string } | null }>(`query($id: ID!) { candidate(id: $id) { id fullName } }`, { id: candidateId });
      expect(refused.errors?.length).toBeGreaterThan(0);
      expect(refused.data?.candidate ?? null).toBeNull();
      expect(JSON.stringify(refused)).not.toContain('Batch Kandidat');
      expect(await entriesOf(refused.requestId)).toEqual([]);
    } finally {
      await server.db.execute(sql`drop trigger pvr_test_refuse_audit on audit_log`);
      await server.db.execute(sql`drop function pvr_test_refuse_audit()`);
    }
    // The connections are left clean: the same read now answers, audited, in one transaction.
    for (let i = 0; i < 3; i++) {
      const again = await partner.client.request<{ candidate: { fullName: string } }>(`query($id: ID!) { candidate(id: $id) { id fullName } }`, { id: candidateId });
      expect(again.errors).toBeUndefined();
      expect(again.data?.candidate.fullName).toBe('Batch Kandidat');
      expect((await entriesOf(again.requestId)).map((e) => e.action)).toEqual(['candidate.read']);
    }
  });
});
