import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { desc, eq, sql } from '@pvr/db/orm';
import { createTestDatabase, testDriver, type TestDatabase } from '@pvr/db/testing';
import { ensureDefaultRetentionRules } from '../default-rules.ts';

const { retentionRuns, users } = schema;
const apiDir = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The schedule and the dashboard are proved in schedule.test.ts and retention-job.test.ts. */
describe('what started a retention run', () => {
  let database: TestDatabase;
  let partnerId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDefaultRetentionRules(database.db);
    const [partner] = await database.db.insert(users).values({ email: 'partner@trigger.test', fullName: 'Partner', role: 'partner' }).returning();
    partnerId = partner!.id;
  });
  afterAll(() => database?.close());

  it('is one of schedule, cli or dashboard, and only a dashboard run names a partner', async () => {
    const insert = (values: Partial<typeof retentionRuns.$inferInsert>) => database.db.insert(retentionRuns).values({ mode: 'dry_run', status: 'completed', finishedAt: new Date(), ...values });
    await expect(insert({ startedVia: 'dashboard', triggeredBy: partnerId })).resolves.toBeDefined();
    await expect(insert({ startedVia: 'schedule' })).resolves.toBeDefined();
    // A run from before the column: neither is known.
    await expect(insert({})).resolves.toBeDefined();
    const refused = async (values: Record<string, unknown>) => {
      const error = await insert(values as Partial<typeof retentionRuns.$inferInsert>).then(() => null, (e: unknown) => e);
      return JSON.stringify(error, Object.getOwnPropertyNames(error ?? {})) + String((error as { cause?: unknown })?.cause ?? '');
    };
    expect(await refused({ startedVia: 'dashboard' })).toMatch(/retention_runs_started_via_actor/);
    expect(await refused({ startedVia: 'cli', triggeredBy: partnerId })).toMatch(/retention_runs_started_via_actor/);
    expect(await refused({ startedVia: sql`'cron'` })).toMatch(/retention_runs_started_via_valid/);
  });

  // The command line against the test database; PGlite has no second process to share it with.
  it.skipIf(testDriver === 'pglite')('records cli for `pnpm retention:run`, and prints the housekeeping lines', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/features/retention/retention.cli.ts', '--dry-run'], {
      cwd: apiDir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'pvr-test-')),
        DATABASE_URL: database.url!,
        SECRET_KEY: 'test-secret-key-0123456789abcdef0123456789abcdef',
      },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/idempotency_answers +due +0, deleted +0 \(kept 24 h\)/);
    const [run] = await database.db.select().from(retentionRuns).where(eq(retentionRuns.mode, 'dry_run')).orderBy(desc(retentionRuns.startedAt)).limit(1);
    expect(run).toMatchObject({ startedVia: 'cli', triggeredBy: null, status: 'completed' });
  });
});
