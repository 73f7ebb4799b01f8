import { describe, expect, it } from 'vitest';
import { schema } from '@pvr/db';
import { createTestDatabase } from '@pvr/db/testing';
import { runBackupDrill } from '../../src/ops/backup-drill.ts';
import { seedDemoData } from '../../src/seed/seed.ts';

describe.runIf(process.env.TEST_DRIVER !== 'pglite')('backup and restore drill (PostgreSQL)', () => {
  it('restores every row and an intact audit chain', async () => {
    const source = await createTestDatabase();
    try {
      await seedDemoData(source.db, { onlyIfEmpty: false });
      for (let i = 0; i < 20; i += 1) await source.db.insert(schema.auditLog).values({ action: 'drill.entry', entityType: 'test', details: { i } });
      const adminUrl = Object.assign(new URL(source.url!), { pathname: '/postgres' }).toString();
      const report = await runBackupDrill(source.url!, adminUrl);
      console.warn(`backup drill: ${report.tables} tables, ${report.rows} rows, ${report.dumpBytes} bytes, ${report.seconds} s`);
      expect(report.mismatches).toEqual([]);
      expect(report.rows).toBeGreaterThan(300);
      expect(report.auditChain).toEqual({ ok: true, entries: 20 });
    } finally {
      await source.close();
    }
  });
});
