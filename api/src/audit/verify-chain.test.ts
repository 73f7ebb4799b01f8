import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import { createTestDatabase, type TestDatabase } from '@pvr/db/testing';
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
