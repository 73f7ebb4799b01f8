import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { createTestDatabase, type TestDatabase } from '@pvr/db/testing';
import { loadConfig } from '../../../config.ts';
import { ensureDefaultRetentionRules } from '../default-rules.ts';
import { startRetentionSchedule } from './schedule.ts';

describe('the retention schedule inside the server', () => {
  let database: TestDatabase;
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: mkdtempSync(join(tmpdir(), 'pvr-test-')), SECRET_KEY: 'test-secret-key-0123456789abcdef0123456789abcdef' });
  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDefaultRetentionRules(database.db);
  });
  afterAll(() => database?.close());

  it('is off in tests unless asked for', () => {
    expect(config.retentionScheduleHours).toBe(0);
    expect(loadConfig({ ...process.env, NODE_ENV: 'production', DATABASE_URL: undefined, RETENTION_SCHEDULE_HOURS: '6', DATA_DIR: config.dataDir }).retentionScheduleHours).toBe(6);
  });

  it('applies the rules on its own, keeps the task list current, logs counts only, and stops cleanly', async () => {
    const answeredAt = new Date(Date.now() - 365 * 86_400_000);
    const [partner] = await database.db.insert(schema.users).values({ email: 'partner@schedule.test', fullName: 'Partner', role: 'partner' }).returning();
    await database.db.insert(schema.contactInquiries).values({ name: 'Planlagt Avsender', email: 'scheduled@inquiry.test', message: 'Hei', receivedAt: answeredAt, answeredAt, answeredBy: partner!.id });
    const lines: string[] = [];
    const log = { info: (obj: object, msg: string) => void lines.push(`${msg} ${JSON.stringify(obj)}`), error: (obj: object, msg: string) => void lines.push(`ERROR ${msg} ${JSON.stringify(obj)}`) };
    const schedule = startRetentionSchedule({ db: database.db, config }, { intervalHours: 24, firstRunDelayMs: 0, log });
    await vi.waitFor(async () => expect(await database.db.$count(schema.complianceTasks, eq(schema.complianceTasks.kind, 'privacy_statement_review'))).toBe(1), { timeout: 20_000, interval: 100 });
    await schedule.stop();
    const [run] = await database.db.select().from(schema.retentionRuns);
    expect(run).toMatchObject({ mode: 'apply', status: 'completed', processed: 1, triggeredBy: null, startedVia: 'schedule' });
    expect(await database.db.$count(schema.contactInquiries)).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^retention run finished .*"processed":1/)]);
    expect(lines.join()).not.toMatch(/Avsender|inquiry\.test/);
  });
});
