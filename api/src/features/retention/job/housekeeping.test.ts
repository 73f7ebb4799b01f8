import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, type Database } from '@pvr/db';
import { asc, eq, like } from '@pvr/db/orm';
import { createTestDatabase, type TestDatabase } from '@pvr/db/testing';
import { loadConfig } from '../../../config.ts';
import { ensureDefaultRetentionRules } from '../default-rules.ts';
import { idempotencyKeepHours, sentMailKeepHours } from './housekeeping.ts';
import { daysBefore, fixtureId, fixtureNow } from './retention.fixtures.ts';
import { runRetentionJob, type BatchInfo, type RunReport } from './run-job.ts';

const { auditLog, emailOutbox, idempotencyKeys, retentionRuns } = schema;
const hoursBefore = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000);
const id = fixtureId;

/** Each kind of outbox row and stored answer, on either side of its limit. */
async function insertHousekeepingFixture(db: Database, now = fixtureNow) {
  const mail = (label: string, values: Partial<typeof emailOutbox.$inferInsert>) => ({
    id: id(label),
    kind: 'other' as const,
    toAddress: `${label}@housekeeping.test`,
    subject: 'Emne',
    textBody: `Brødtekst ${label}`,
    ...values,
  });
  await db.insert(emailOutbox).values([
    mail('mail-sent-long-ago', { createdAt: daysBefore(now, 31), sentAt: daysBefore(now, 31) }),
    mail('mail-sent-recently', { createdAt: daysBefore(now, 29), sentAt: daysBefore(now, 29) }),
    // Queued long ago, delivered recently: the clock is the delivery.
    mail('mail-sent-late', { createdAt: daysBefore(now, 60), sentAt: daysBefore(now, 20) }),
    mail('mail-failed-long-ago', { createdAt: daysBefore(now, 31), attempts: 8, lastErrorCode: '550' }),
    mail('mail-failed-recently', { createdAt: daysBefore(now, 29), attempts: 8, lastErrorCode: '550' }),
    // Still being retried, or never tried (no SMTP): kept however old, until delivered or given up.
    mail('mail-retrying', { createdAt: daysBefore(now, 40), attempts: 3, lastErrorCode: '421' }),
    mail('mail-pending', { createdAt: daysBefore(now, 400) }),
  ]);
  const answer = (label: string, createdAt: Date, response: unknown) => ({ scope: `user:${id('user-idempotent')}`, key: `key-${label}`, requestHash: 'a'.repeat(64), response, createdAt });
  await db.insert(idempotencyKeys).values([
    answer('answered-long-ago', hoursBefore(now, idempotencyKeepHours + 1), { data: { recordConsent: { id: id('consent') } } }),
    // Claimed, but the answer was never stored (the database went away after the commit).
    answer('unanswered-long-ago', hoursBefore(now, 48), null),
    answer('answered-recently', hoursBefore(now, idempotencyKeepHours - 1), { data: { logCallNote: { id: id('note') } } }),
  ]);
}

const mailIds = async (db: Database) => (await db.select({ id: emailOutbox.id }).from(emailOutbox).orderBy(asc(emailOutbox.id))).map((r) => r.id);
const answerKeys = async (db: Database) => (await db.select({ key: idempotencyKeys.key }).from(idempotencyKeys).orderBy(asc(idempotencyKeys.key))).map((r) => r.key);
const housekeepingOf = (report: unknown) => Object.fromEntries(((report as RunReport).housekeeping ?? []).map((h) => [h.task, { due: h.due, applied: h.applied, keepHours: h.keepHours }]));

describe('housekeeping in the retention job: outbox mail and idempotency answers', () => {
  let database: TestDatabase;
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: mkdtempSync(join(tmpdir(), 'pvr-test-')), SECRET_KEY: 'test-secret-key-0123456789abcdef0123456789abcdef' });
  const env = () => ({ db: database.db, config });

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDefaultRetentionRules(database.db);
    await insertHousekeepingFixture(database.db);
  });
  afterAll(() => database?.close());

  it('reports what is due in a dry run and deletes nothing', async () => {
    const [mailBefore, keysBefore] = [await mailIds(database.db), await answerKeys(database.db)];
    const result = await runRetentionJob(env(), { mode: 'dry_run', startedVia: 'cli', now: fixtureNow });
    if (result.status !== 'finished') throw new Error('locked');
    expect(result.run).toMatchObject({ mode: 'dry_run', status: 'completed', startedVia: 'cli', triggeredBy: null, processed: 0, total: 4 });
    expect(housekeepingOf(result.run.report)).toEqual({
      sent_mail: { due: 1, applied: 0, keepHours: sentMailKeepHours },
      failed_mail: { due: 1, applied: 0, keepHours: sentMailKeepHours },
      idempotency_answers: { due: 2, applied: 0, keepHours: 24 },
    });
    expect(await mailIds(database.db)).toEqual(mailBefore);
    expect(await answerKeys(database.db)).toEqual(keysBefore);
    expect(await database.db.$count(auditLog, eq(auditLog.action, 'retention.delete'))).toBe(0);
  });

  it('deletes old sent and failed mail and old answers in batches, audited; keeps fresh ones and mail not yet delivered', async () => {
    const batches: BatchInfo[] = [];
    const result = await runRetentionJob(env(), { mode: 'apply', startedVia: 'cli', now: fixtureNow, batchSize: 1, afterBatch: (b) => void batches.push(b) });
    if (result.status !== 'finished') throw new Error('locked');
    expect(result.run).toMatchObject({ status: 'completed', processed: 4, total: 4 });
    expect(housekeepingOf(result.run.report)).toMatchObject({ sent_mail: { applied: 1 }, failed_mail: { applied: 1 }, idempotency_answers: { applied: 2 } });
    expect(batches.map((b) => [b.category, b.step, b.count])).toEqual([
      ['sent_mail', 'housekeeping', 1],
      ['failed_mail', 'housekeeping', 1],
      ['idempotency_answers', 'housekeeping', 1],
      ['idempotency_answers', 'housekeeping', 1],
    ]);

    const kept = ['mail-sent-recently', 'mail-sent-late', 'mail-failed-recently', 'mail-retrying', 'mail-pending'];
    expect(await mailIds(database.db)).toEqual(kept.map(id).sort());
    expect(await answerKeys(database.db)).toEqual(['key-answered-recently']);

    // Audited like a rule's batch: the step, a count, and the mail's ids — never addresses, bodies or keys.
    const entries = await database.db.select().from(auditLog).where(like(auditLog.action, 'retention.%')).orderBy(asc(auditLog.seq));
    const deletions = entries.filter((e) => e.action === 'retention.delete').map((e) => [e.entityType, e.details]);
    expect(deletions).toEqual([
      ['email_outbox', { housekeeping: 'sent_mail', count: 1, ids: [id('mail-sent-long-ago')] }],
      ['email_outbox', { housekeeping: 'failed_mail', count: 1, ids: [id('mail-failed-long-ago')] }],
      ['idempotency_key', { housekeeping: 'idempotency_answers', count: 1 }],
      ['idempotency_key', { housekeeping: 'idempotency_answers', count: 1 }],
    ]);
    const run = entries.at(-1);
    expect(run).toMatchObject({ action: 'retention.run.apply', entityId: result.run.id, requestId: `retention-run:${result.run.id}` });
    expect(run?.details).toMatchObject({ startedVia: 'cli', housekeeping: { sent_mail: { due: 1, applied: 1 }, failed_mail: { due: 1, applied: 1 }, idempotency_answers: { due: 2, applied: 2 } } });
    expect(JSON.stringify(entries)).not.toMatch(/housekeeping\.test|Brødtekst|key-|user-idempotent/);
  });

  it('does nothing on a second run', async () => {
    const [mailBefore, keysBefore] = [await mailIds(database.db), await answerKeys(database.db)];
    const result = await runRetentionJob(env(), { mode: 'apply', startedVia: 'cli', now: fixtureNow });
    if (result.status !== 'finished') throw new Error('locked');
    expect(result.run).toMatchObject({ processed: 0, total: 0 });
    expect(Object.values(housekeepingOf(result.run.report)).every((h) => h.due === 0 && h.applied === 0)).toBe(true);
    expect(await mailIds(database.db)).toEqual(mailBefore);
    expect(await answerKeys(database.db)).toEqual(keysBefore);
  });

  it('ages the kept rows out once they pass their limit in turn', async () => {
    const later = new Date(fixtureNow.getTime() + 2 * 86_400_000);
    const result = await runRetentionJob(env(), { mode: 'apply', startedVia: 'cli', now: later });
    if (result.status !== 'finished') throw new Error('locked');
    expect(housekeepingOf(result.run.report)).toMatchObject({ sent_mail: { applied: 1 }, failed_mail: { applied: 1 }, idempotency_answers: { applied: 1 } });
    expect(await mailIds(database.db)).toEqual(['mail-sent-late', 'mail-retrying', 'mail-pending'].map(id).sort());
    expect(await database.db.$count(idempotencyKeys)).toBe(0);
    expect(await database.db.$count(retentionRuns, eq(retentionRuns.startedVia, 'cli'))).toBe(4);
  });
});
