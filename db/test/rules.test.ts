import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, schema, type Database } from '../src/index.ts';
import { sql } from '../src/orm.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.ts';

/** The rules DOMAIN.md puts in the database itself, tried directly in SQL on both drivers. */
describe('database rules', () => {
  let handle: TestDatabase;
  let db: Database;
  let partnerId: string;
  let candidateId: string;
  let caseId: string;

  const refusal = async (statement: ReturnType<typeof sql>) => {
    try {
      await db.execute(statement);
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
      return cause.code;
    }
    return 'accepted';
  };

  beforeAll(async () => {
    handle = await createTestDatabase();
    db = handle.db;
    const [partner] = await db.insert(schema.users).values({ email: 'p@example.test', fullName: 'P', role: 'partner' }).returning();
    const [candidate] = await db.insert(schema.candidates).values({ fullName: 'C', source: 'self_registered' }).returning();
    const [kase] = await db.insert(schema.cases).values({ reference: '2026-001', title: 'T', clientName: 'K', responsiblePartnerId: partner!.id }).returning();
    partnerId = partner!.id;
    candidateId = candidate!.id;
    caseId = kase!.id;
    await db.insert(schema.consentEvents).values({
      subjectType: 'candidate',
      candidateId,
      purpose: 'candidate_registry',
      action: 'granted',
      occurredAt: new Date(),
      method: 'web_form',
    });
  });
  afterAll(() => handle?.close());

  it('refuses UPDATE, DELETE and TRUNCATE of consent events', async () => {
    expect(await refusal(sql`update consent_events set action = 'withdrawn'`)).toBe('PV001');
    expect(await refusal(sql`delete from consent_events`)).toBe('PV001');
    expect(await refusal(sql`truncate consent_events cascade`)).toBe('PV001');
    expect(await db.$count(schema.consentEvents)).toBe(1);
  });

  it('lets an erasure transaction delete consent events, and nothing else', async () => {
    const [event] = await db
      .insert(schema.consentEvents)
      .values({ subjectType: 'person', personEmail: 'x@example.test', purpose: 'web_analytics', action: 'granted', occurredAt: new Date(), method: 'web_form' })
      .returning();
    await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('pvr.erasure_in_progress', 'on', true)`);
      await tx.execute(sql`delete from consent_events where id = ${event!.id}`);
    });
    expect(await refusal(sql`delete from consent_events`)).toBe('PV001');
    expect(await db.$count(schema.consentEvents)).toBe(1);
  });

  it('refuses a share_with_client consent without its case, and a case on any other purpose', async () => {
    const insert = (purpose: string, withCase: boolean) =>
      refusal(sql`insert into consent_events (subject_type, candidate_id, purpose, case_id, action, occurred_at, method)
        values ('candidate', ${candidateId}, ${purpose}, ${withCase ? caseId : null}, 'granted', now(), 'email')`);
    expect(await insert('share_with_client', false)).toBe('23514');
    expect(await insert('candidate_registry', true)).toBe('23514');
    expect(await insert('share_with_client', true)).toBe('accepted');
  });

  it('keeps the audit log append-only and chains each entry to the one before', async () => {
    await db.insert(schema.auditLog).values([
      { action: 'test.first', entityType: 'test' },
      { action: 'test.second', entityType: 'test' },
    ]);
    const rows = await queryRows<{ seq: string | number; prev_hash: string | null; hash: string }>(
      db,
      sql`select seq, prev_hash, hash from audit_log order by seq`,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]!.prev_hash).toBeNull();
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[1]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await refusal(sql`update audit_log set action = 'test.changed'`)).toBe('PV002');
    expect(await refusal(sql`delete from audit_log`)).toBe('PV002');
    expect(await refusal(sql`truncate audit_log`)).toBe('PV002');
  });

  it('refuses a call note without a case', async () => {
    expect(
      await refusal(sql`insert into call_notes (case_id, occurred_at, direction, other_party_name, author_id, body)
        values (null, now(), 'incoming', 'X', ${partnerId}, 'text')`),
    ).toBe('23502');
  });

  it('stores emails only normalised and unique, phones only as E.164, IPs only anonymised', async () => {
    expect(await refusal(sql`insert into candidates (full_name, email, source) values ('A', 'Upper@Example.test', 'self_registered')`)).toBe('23514');
    expect(await refusal(sql`insert into candidates (full_name, phone, source) values ('A', '41234567', 'self_registered')`)).toBe('23514');
    expect(await refusal(sql`insert into audit_log (action, entity_type, ip_anonymised) values ('test.ip', 't', '195.159.103.82')`)).toBe('23514');
    expect(await refusal(sql`insert into audit_log (action, entity_type, ip_anonymised) values ('test.ip', 't', '195.159.103.0')`)).toBe('accepted');
    expect(await refusal(sql`insert into newsletter.subscribers (email, source) values ('dup@example.test', 'web_form')`)).toBe('accepted');
    expect(await refusal(sql`insert into newsletter.subscribers (email, source) values ('dup@example.test', 'web_form')`)).toBe('23505');
  });
});

describe.runIf(process.env.TEST_DRIVER !== 'pglite')('the application role (PostgreSQL)', () => {
  it('may write the register but has no privilege to rewrite the audit log or consent history', async () => {
    const owner = await createTestDatabase();
    const app = await openDatabase({ url: owner.url, appRole: 'pvr_app', maxConnections: 1 });
    const codeOf = async (statement: ReturnType<typeof sql>) => {
      try {
        await app.db.execute(statement);
        return 'accepted';
      } catch (error) {
        return ((error as { cause?: { code?: string } }).cause ?? (error as { code?: string })).code;
      }
    };
    try {
      expect(await codeOf(sql`select current_user`)).toBe('accepted');
      expect(await codeOf(sql`insert into audit_log (action, entity_type) values ('test.role', 'test')`)).toBe('accepted');
      expect(await codeOf(sql`update audit_log set action = 'test.changed'`)).toBe('42501');
      expect(await codeOf(sql`delete from audit_log`)).toBe('42501');
      expect(await codeOf(sql`truncate audit_log`)).toBe('42501');
      expect(await codeOf(sql`truncate consent_events`)).toBe('42501');
      expect(await codeOf(sql`insert into candidates (full_name, source) values ('Rolle', 'self_registered')`)).toBe('accepted');
      expect(await codeOf(sql`insert into email_outbox (kind, to_address, subject, text_body) values ('other', 'a@example.test', 's', 'b')`)).toBe('accepted');
    } finally {
      await app.close();
      await owner.close();
    }
  });
});
