import { join } from 'node:path';
import { openDatabase } from '@pvr/db';
import { verifyAuditChain } from '../audit/verify-chain.ts';
import { loadConfig } from '../config.ts';

/** `pnpm audit:verify`: exits 0 when the chain is whole, 1 naming the first broken entry. */
const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: join(config.dataDir, 'pglite') });
try {
  const verdict = await verifyAuditChain(database.db);
  if (verdict.ok) {
    console.log(`Audit chain intact: ${verdict.entries} entries, head ${verdict.headHash ?? '(empty)'}`);
  } else {
    console.error(`Audit chain BROKEN at entry seq=${verdict.brokenSeq}: ${verdict.reason} (${verdict.entries} entries verified before it)`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
