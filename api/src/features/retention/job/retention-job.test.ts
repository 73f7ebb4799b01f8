import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { and, asc, eq, inArray, like, sql } from '@pvr/db/orm';
import { createTestDatabase, testDriver, type TestDatabase } from '@pvr/db/testing';
import { startTestServer, type TestServer } from '../../../../test/harness.ts';
import { ensureDefaultRetentionRules } from '../default-rules.ts';
import { expectedOutcome, fixtureId, fixtureNow, insertRetentionFixture, retentionState } from './retention.fixtures.ts';
import { runRetentionJob, type BatchInfo, type RunReport } from './run-job.ts';
import { retentionLockKey } from './run-lock.ts';

const ids = (labels: readonly string[]) => labels.map(fixtureId).sort();
const { auditLog, retentionRuns } = schema;

describe('the retention job, on a controlled clock', () => {
  let server: TestServer;
  let other: TestDatabase;
  const env = () => ({ db: server.db, config: server.config });

  beforeAll(async () => {
    server = await startTestServer();
    other = await createTestDatabase();
    for (const db of [server.db, other.db]) {
      await ensureDefaultRetentionRules(db);
      await insertRetentionFixture(db);
    }
  });
  afterAll(async () => {
    await other?.close();
    await server?.close();
  });

  it('reports what is due in a dry run — counts and ids, never names — and changes nothing', async () => {
    const before = await retentionState(server.db);
    const result = await runRetentionJob(env(), { mode: 'dry_run', now: fixtureNow, exampleLimit: 2 });
    if (result.status !== 'finished') throw new Error('locked');
    expect(result.run).toMatchObject({ mode: 'dry_run', status: 'completed', processed: 0 });
    const report = result.run.report as RunReport;
    const due = Object.fromEntries(report.rules.map((r) => [r.category, r.due]));
    expect(due).toEqual({
      answered_inquiries: 1,
      call_notes_after_case_closed: 3,
      departed_staff_accounts: 2,
      inactive_candidates: 2,
      staff_accounting_records: 0,
      unconfirmed_subscribers: 1,
    });
    const notes = report.rules.find((r) => r.category === 'call_notes_after_case_closed')!;
    expect(notes.exampleIds).toHaveLength(2);
    for (const example of notes.exampleIds) expect(ids(expectedOutcome.notesDeleted)).toContain(example);
    expect(report.rules.find((r) => r.category === 'inactive_candidates')?.warningsDue).toBe(2);
    expect(report.rules.find((r) => r.category === 'staff_accounting_records')?.note).toBe('no_records_held');
    expect(result.run.total).toBe(9 + 2);
    expect(JSON.stringify(report)).not.toMatch(/Kandidat|Avsender|@|Gone|Notat/);
    expect(await retentionState(server.db)).toEqual(before);
  });

  it('deletes or anonymises what crossed its limit, in batches, and leaves what is inside it', async () => {
    const batches: BatchInfo[] = [];
    const result = await runRetentionJob(env(), { mode: 'apply', now: fixtureNow, batchSize: 2, afterBatch: (b) => void batches.push(b) });
    if (result.status !== 'finished') throw new Error('locked');
    expect(result.run).toMatchObject({ mode: 'apply', status: 'completed', processed: 11, total: 11 });
    expect(batches.filter((b) => b.category === 'call_notes_after_case_closed').map((b) => b.ids.length)).toEqual([2, 1]);
    expect(batches.map((b) => b.processed)).toEqual([...batches.map((b) => b.processed)].sort((a, b) => a - b));

    const state = await retentionState(server.db);
    const candidateIds = state.candidates.map((c) => c.id);
    for (const gone of ids(expectedOutcome.candidatesErased)) expect(candidateIds).not.toContain(gone);
    expect(candidateIds).toEqual(ids(expectedOutcome.candidatesKept));
    expect(state.notes).toEqual(ids(expectedOutcome.notesKept));
    expect(state.cases).toEqual(ids(['case-closed-old', 'case-closed-recent', 'case-open']));
    expect(state.inquiries).toEqual(ids(expectedOutcome.inquiriesKept));
    expect(state.subscribers).toEqual(ids(expectedOutcome.subscribersKept));
    expect(state.confirmations).toEqual([]);
    expect(state.tombstones).toBe(2);

    const users = new Map(state.users.map((u) => [u.id, u]));
    for (const label of expectedOutcome.usersAnonymised) {
      const user = users.get(fixtureId(label))!;
      expect(user).toMatchObject({ email: `tidligere-ansatt-${fixtureId(label)}@example.invalid`, role: 'staff', hasPassword: false });
      expect(user.fullName).toMatch(/^Tidligere ansatt [0-9a-f]{8}$/);
    }
    for (const label of expectedOutcome.usersKept) expect(users.get(fixtureId(label))?.email).toMatch(/@retention\.test$/);

    // Warnings: one mail each, in Norwegian with the Min konto link; renewals cleared the old warning.
    expect(state.warnings).toEqual(['cand-due-soon@retention.test', 'cand-never-warned@retention.test']);
    const warned = new Map(state.candidates.map((c) => [c.id, c.warnedAt?.toISOString() ?? null]));
    expect(warned.get(fixtureId('cand-never-warned'))).toBe(fixtureNow.toISOString());
    expect(warned.get(fixtureId('cand-renewed-consent'))).toBeNull();
    expect(warned.get(fixtureId('cand-activity-moved'))).toBeNull();
    expect(warned.get(fixtureId('cand-active'))).toBeNull();
    const [mail] = await server.db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.toAddress, 'cand-never-warned@retention.test'));
    expect(mail?.textBody).toContain(`${server.config.publicBaseUrl}/min-konto`);
    expect(mail?.textBody).toMatch(/slettet 15\. juli 2030/);

    // Audit: batch entries carry ids and counts, never the data; each erasure left its own entry.
    const entries = await server.db.select().from(auditLog).where(like(auditLog.action, 'retention.%')).orderBy(asc(auditLog.seq));
    expect(entries.filter((e) => e.action === 'retention.delete' && e.entityType === 'call_note').map((e) => e.details.count)).toEqual([2, 1]);
    expect(entries.at(-1)).toMatchObject({ action: 'retention.run.apply', entityId: result.run.id, actorId: null });
    expect(JSON.stringify(entries)).not.toMatch(/Kandidat|Avsender|retention\.test|subscriber\.test|Gone/);
    const erasures = await server.db.select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, 'subject.erase'));
    expect(erasures.map((e) => e.details.reason)).toEqual(['retention', 'retention']);
    const erased = entries.find((e) => e.action === 'retention.delete' && e.entityType === 'candidate');
    expect((erased?.details.ids as string[]).sort()).toEqual(ids(expectedOutcome.candidatesErased));
  });

  it('does nothing on a second run', async () => {
    const before = await retentionState(server.db);
    const result = await runRetentionJob(env(), { mode: 'apply', now: fixtureNow, batchSize: 2 });
    if (result.status !== 'finished') throw new Error('locked');
    expect(result.run).toMatchObject({ status: 'completed', processed: 0, total: 0 });
    expect((result.run.report as RunReport).rules.every((r) => r.due === 0 && r.applied === 0)).toBe(true);
    expect(await retentionState(server.db)).toEqual(before);
  });

  it('ends in the same state when a run is stopped half-way and run again', async () => {
    const crash = new Error('simulated crash');
    await expect(
      runRetentionJob(
        { db: other.db, config: server.config },
        {
          mode: 'apply',
          now: fixtureNow,
          batchSize: 2,
          afterBatch: (b) => {
            if (b.category === 'call_notes_after_case_closed' && b.batch === 1) throw crash;
          },
        },
      ),
    ).rejects.toBe(crash);
    const [failed] = await other.db.select().from(retentionRuns);
    expect(failed).toMatchObject({ status: 'failed', processed: 3 });
    expect(await other.db.$count(schema.callNotes)).toBe(3); // one whole batch went, the rest waits

    // A process that died mid-run leaves its run 'running'; the next run marks it interrupted.
    const [dead] = await other.db.insert(retentionRuns).values({ mode: 'apply' }).returning();
    const rerun = await runRetentionJob({ db: other.db, config: server.config }, { mode: 'apply', now: fixtureNow, batchSize: 2 });
    if (rerun.status !== 'finished') throw new Error('locked');
    expect(rerun.run.status).toBe('completed');
    const [marked] = await other.db.select().from(retentionRuns).where(eq(retentionRuns.id, dead!.id));
    expect(marked).toMatchObject({ status: 'interrupted' });
    expect(marked?.finishedAt).toBeInstanceOf(Date);

    expect(await retentionState(other.db)).toEqual(await retentionState(server.db));
  });

  it('stops between batches when asked, as interrupted, and the next run finishes the work', async () => {
    const fresh = await createTestDatabase();
    try {
      await ensureDefaultRetentionRules(fresh.db);
      await insertRetentionFixture(fresh.db);
      const stop = new AbortController();
      const result = await runRetentionJob(
        { db: fresh.db, config: server.config },
        { mode: 'apply', now: fixtureNow, batchSize: 1, signal: stop.signal, afterBatch: () => stop.abort() },
      );
      if (result.status !== 'finished') throw new Error('locked');
      expect(result.run).toMatchObject({ status: 'interrupted', processed: 1 });
      await runRetentionJob({ db: fresh.db, config: server.config }, { mode: 'apply', now: fixtureNow });
      expect(await retentionState(fresh.db)).toEqual(await retentionState(server.db));
    } finally {
      await fresh.close();
    }
  });

  it('lets only one run go at a time in a process', async () => {
    const [first, second] = await Promise.all([
      runRetentionJob(env(), { mode: 'dry_run', now: fixtureNow }),
      runRetentionJob(env(), { mode: 'dry_run', now: fixtureNow }),
    ]);
    expect([first.status, second.status].sort()).toEqual(['finished', 'locked']);
    // The lock is released: the next run goes.
    expect((await runRetentionJob(env(), { mode: 'dry_run', now: fixtureNow })).status).toBe('finished');
  });

  // PGlite is one session in one process: another "process" cannot hold the lock there.
  it.skipIf(testDriver === 'pglite')('skips the run while another process holds the advisory lock', async () => {
    const runsBefore = await server.db.$count(retentionRuns);
    await server.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${retentionLockKey})`);
      const result = await runRetentionJob(env(), { mode: 'apply', now: fixtureNow });
      expect(result.status).toBe('locked');
      const partner = await server.signIn('partner');
      const viaApi = await partner.client.request(`mutation { runRetention(dryRun: true) { id } }`);
      expect(viaApi.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });
    expect(await server.db.$count(retentionRuns)).toBe(runsBefore);
    expect((await runRetentionJob(env(), { mode: 'dry_run', now: fixtureNow })).status).toBe('finished');
  });

  it('runs as the least-privileged role when started through the API, auditing as the partner', async () => {
    // Real clock here: an inquiry answered a year ago is past the three-month rule today.
    const partner = await server.signIn('partner');
    const answeredAt = new Date(Date.now() - 365 * 86_400_000);
    const [inquiry] = await server.db
      .insert(schema.contactInquiries)
      .values({ name: 'Avsender API', email: 'api@inquiry.test', message: 'Hei', receivedAt: answeredAt, answeredAt, answeredBy: partner.user.id })
      .returning();
    const { runRetention } = await partner.client.data(`mutation { runRetention(dryRun: false) { id status processed startedVia triggeredBy { id } rules { category applied } housekeeping { task due applied } } }`);
    expect(runRetention.status).toBe('completed');
    expect(runRetention.triggeredBy).toEqual({ id: partner.user.id });
    expect(runRetention.startedVia).toBe('dashboard');
    expect(runRetention.housekeeping.map((h: { task: string }) => h.task)).toEqual(['sent_mail', 'failed_mail', 'idempotency_answers']);
    expect(runRetention.rules.find((r: { category: string }) => r.category === 'answered_inquiries').applied).toBe(1);
    expect(await server.db.$count(schema.contactInquiries, eq(schema.contactInquiries.id, inquiry!.id))).toBe(0);
    const audited = await server.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'retention.delete'), inArray(auditLog.entityType, ['contact_inquiry'])))
      .orderBy(asc(auditLog.seq));
    expect(audited.at(-1)).toMatchObject({ actorId: partner.user.id, details: { ids: [inquiry!.id], count: 1 } });
  });
});
