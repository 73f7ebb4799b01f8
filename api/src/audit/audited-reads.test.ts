import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, statementCountingLogger } from '@pvr/db';
import { asc, eq, sql } from '@pvr/db/orm';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { notFound } from '../errors.ts';
import { systemContext } from '../features/retention/job/job-context.ts';
import { writeAudit } from './audit.ts';
import { auditedRead } from './audited-reads.ts';
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

  it('reads the candidate page with every read audited in one insert', async () => {
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
    // consents, the notes with their count (one statement) and the one audit insert, which
    // commits on its own: no BEGIN or COMMIT (in four transactions, each with its own insert,
    // it was 12; with pages and totals apart, 9).
    expect(response.statements).toBe(6);
  });

  it('reads a page of the candidates list and its rows\' consents with one audit insert', async () => {
    const response = await partner.client.request<{ candidates: { nodes: { id: string; consents: unknown[]; callNoteCount: number }[] } }>(
      `query { candidates(first: 50) { nodes { id consents { purpose granted } callNoteCount } totalCount } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.candidates.nodes.find((n) => n.id === candidateId)).toMatchObject({ callNoteCount: 1, consents: [{ purpose: 'candidate_registry', granted: true }] });
    const entries = await entriesOf(response.requestId);
    expect(entries.map((e) => e.action)).toEqual(['candidate.list', 'consent.current.read']);
    expect(entries.map((e) => e.seq - entries[0]!.seq)).toEqual([0, 1]);
    // now() is the transaction's start: one value for both entries means one insert.
    expect(new Set(entries.map((e) => e.occurredAt.toISOString())).size).toBe(1);
    // Session, rows with their total (one statement), consents, note counts and the one audit insert.
    expect(response.statements).toBe(5);
  });

  const sentDuring = async <T>(request: () => Promise<T>) => {
    const texts: string[] = [];
    const original = statementCountingLogger.logQuery;
    statementCountingLogger.logQuery = (query, params) => {
      texts.push(query);
      original.call(statementCountingLogger, query, params);
    };
    try {
      return { result: await request(), texts };
    } finally {
      statementCountingLogger.logQuery = original;
    }
  };

  it('reads the notes\' cases and authors with the notes when both are asked', async () => {
    type Detail = { candidate: { callNotes: { case: { id: string; reference: string }; author: { id: string; fullName: string } }[] } };
    const { result: response, texts } = await sentDuring(() =>
      partner.client.request<Detail>(`query($id: ID!) { candidate(id: $id) { id callNotes(first: 5) { id case { id reference } author { id fullName } } } }`, { id: candidateId }),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.candidate.callNotes[0]).toMatchObject({ case: { id: expect.any(String), reference: expect.any(String) }, author: { id: partner.user.id, fullName: 'Test partner' } });
    // No statement of their own: session, candidate, notes (joined to cases and users), insert.
    expect(texts.filter((text) => /from "cases" where|from "users" where "users"\."id" in/.test(text))).toEqual([]);
    expect(response.statements).toBe(4);
  });

  it('starts a note\'s case, asked alone, as the notes arrive: sent before the audit insert, not after it', async () => {
    const { result: response, texts } = await sentDuring(() =>
      partner.client.request<{ candidate: { callNotes: { case: { id: string } }[] } }>(`query($id: ID!) { candidate(id: $id) { id callNotes(first: 5) { id case { id } } } }`, { id: candidateId }),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.candidate.callNotes[0]?.case.id).toEqual(expect.any(String));
    const at = (pattern: RegExp) => texts.findIndex((text) => pattern.test(text));
    expect(at(/from "cases" where/)).toBeGreaterThan(-1);
    expect(at(/from "cases" where/)).toBeLessThan(at(/insert into audit_log/));
  });

  describe('a read that starts its dependents before its row is found', () => {
    const contextFor = () => systemContext({ db: server.db, config: server.config }, `dependents-${randomUUID()}`);
    const within = <T>(promise: Promise<T>) =>
      Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the dependent did not run beside its parent')), 3000))]);

    it('runs them beside it, in the same wave, with one insert for all their entries', async () => {
      const ctx = contextFor();
      let dependentRunning!: () => void;
      const running = new Promise<void>((resolve) => (dependentRunning = resolve));
      let dependent: Promise<string> | undefined;
      const parent = auditedRead(
        ctx,
        async (db) => {
          // Waits for the dependent: in a later wave it would never start, and this never end.
          await running;
          await writeAudit(db, ctx, { action: 'test.parent', entityType: 'test' });
          return 'parent';
        },
        {
          dependents: () => {
            dependent = auditedRead(ctx, async (db) => {
              dependentRunning();
              await writeAudit(db, ctx, { action: 'test.dependent', entityType: 'test' });
              return 'dependent';
            });
          },
        },
      );
      expect(await within(Promise.all([parent, dependent]))).toEqual(['parent', 'dependent']);
      const entries = await entriesOf(ctx.requestId);
      expect(entries.map((e) => e.action)).toEqual(['test.parent', 'test.dependent']);
      expect(entries[1]!.seq - entries[0]!.seq).toBe(1);
    });

    it('refuses them with their parent when its row is not found, and writes none of their entries', async () => {
      const ctx = contextFor();
      let dependent: Promise<string> | undefined;
      const parent = auditedRead(ctx, async () => Promise.reject(notFound('Candidate')), {
        dependents: () => {
          dependent = auditedRead(ctx, async (db) => {
            await writeAudit(db, ctx, { action: 'test.dependent', entityType: 'test' });
            return 'found nothing, but read';
          });
        },
      });
      await expect(parent).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      await expect(dependent).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      expect(await entriesOf(ctx.requestId)).toEqual([]);
    });
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

  it('asks nothing more of a candidate that is not there: its notes are refused with it, and their count is not read', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001';
    const response = await partner.client.request(`query($id: ID!) { candidate(id: $id) { id callNoteCount callNotes(first: 20) { id } } }`, { id: unknown });
    expect(response.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([['candidate', 'NOT_FOUND']]);
    // The session, then one wave: the candidate and its note page (with the count). Before, a
    // refused page also started a count of its own, for a field nobody would get to.
    expect(response.statements).toBe(3);
  });

  it('hands on nothing a read found when its audit insert fails', async () => {
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
    // The connections are left clean: the same read now answers, audited.
    for (let i = 0; i < 3; i++) {
      const again = await partner.client.request<{ candidate: { fullName: string } }>(`query($id: ID!) { candidate(id: $id) { id fullName } }`, { id: candidateId });
      expect(again.errors).toBeUndefined();
      expect(again.data?.candidate.fullName).toBe('Batch Kandidat');
      expect((await entriesOf(again.requestId)).map((e) => e.action)).toEqual(['candidate.read']);
    }
  });
});
