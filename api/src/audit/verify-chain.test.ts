import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, schema } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import { createTestDatabase, testDriver, type TestDatabase } from '@pvr/db/testing';
import { verifyAuditChain } from './verify-chain.ts';

describe('audit chain verification', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase();
    const entries = Array.from({ length: 5 }, (_, i) => ({
      action: 'candidate.read',
      entityType: 'candidate',
      entityId: `id-${i}`,
      subjectPseudonym: `p${i}`,
      ipAnonymised: '10.1.2.0',
      details: { n: i, note: 'æøå' },
    }));
    for (const entry of entries) await handle.db.insert(schema.auditLog).values(entry);
  });
  afterAll(() => handle?.close());

  it('accepts an untouched chain, recomputing every hash independently of the trigger', async () => {
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, entries: 5 });
  });

  it('names the first entry whose data was altered behind the triggers', async () => {
    // What someone with owner rights could do: switch the guard off and rewrite a row.
    await handle.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await handle.db.execute(sql`update audit_log set entity_id = 'someone-else' where seq = 3`);
    await handle.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, brokenSeq: 3 });
  });

  it('notices a deleted entry', async () => {
    await handle.db.execute(sql`alter table audit_log disable trigger audit_log_no_delete`);
    await handle.db.execute(sql`delete from audit_log where seq = 2`);
    await handle.db.execute(sql`alter table audit_log enable trigger audit_log_no_delete`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, brokenSeq: 2, reason: 'entry 2 is missing' });
  });
});

describe('the chain trigger (migration 0017: the head moves once per statement)', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle?.close());

  const entry = (n: number) => ({ action: 'test.chain', entityType: 'test', entityId: `e-${n}` });
  const headMatchesLastEntry = async () => {
    const [head] = await handle.db.select().from(schema.auditChainHead);
    const [last] = await handle.db.select().from(schema.auditLog).orderBy(sql`seq desc`).limit(1);
    expect({ seq: head!.lastSeq, hash: head!.lastHash }).toEqual({ seq: last!.seq, hash: last!.hash });
  };

  it('links entries of several statements in one transaction, and forgets those rolled back to a savepoint', async () => {
    await handle.db.transaction(async (tx) => {
      await tx.insert(schema.auditLog).values([entry(1), entry(2), entry(3)]);
      // Three entries, one write of the head (it was two per entry).
      const [head] = await queryRows<{ updates: number }>(tx, sql`select n_tup_upd::int as updates from pg_stat_xact_user_tables where relname = 'audit_chain_head'`);
      expect(head?.updates).toBe(1);
      await tx.insert(schema.auditLog).values(entry(4));
      await tx.transaction(async (savepoint) => {
        await savepoint.insert(schema.auditLog).values([entry(5), entry(6)]);
        savepoint.rollback();
      }).catch(() => undefined);
      await tx.insert(schema.auditLog).values(entry(7));
    });
    await handle.db.insert(schema.auditLog).values(entry(8));
    const ids = (await handle.db.select({ entityId: schema.auditLog.entityId, seq: schema.auditLog.seq }).from(schema.auditLog).orderBy(schema.auditLog.seq)).map((r) => `${r.seq}:${r.entityId}`);
    expect(ids).toEqual(['1:e-1', '2:e-2', '3:e-3', '4:e-4', '5:e-7', '6:e-8']);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, entries: 6 });
    await headMatchesLastEntry();
  });

  it.skipIf(testDriver !== 'postgres')('keeps one unbroken chain while transactions insert side by side', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, writer) =>
        handle.db.transaction(async (tx) => {
          for (let i = 0; i < 3; i++) await tx.insert(schema.auditLog).values([entry(100 + writer * 10 + i), entry(500 + writer * 10 + i)]);
        }),
      ),
    );
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, entries: 6 + 8 * 3 * 2 });
    await headMatchesLastEntry();
  });
});
