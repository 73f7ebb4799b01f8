import { randomUUID } from 'node:crypto';
import { openDatabase } from '@pvr/db';
import { loadConfig } from '../../src/config.ts';
import type { RequestContext } from '../../src/context.ts';
import { eraseSubject } from '../../src/features/subject-data/erasure.ts';

/**
 * Child process for the kill -9 test: erases the candidates named on the command line one by
 * one, printing `erased <id>` after each commit, until it is killed.
 * Env: DATABASE_URL, SECRET_KEY, ACTOR_ID.
 */
const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATA_DIR: '/tmp' });
const database = await openDatabase({ url: config.databaseUrl, maxConnections: 1 });
const actor = { id: process.env.ACTOR_ID ?? '', role: 'partner' as const, sessionId: randomUUID(), reauthenticatedAt: new Date() };
for (const candidateId of process.argv.slice(2)) {
  const ctx = { db: database.db, config, secretKey: config.secretKey, actor, requestId: randomUUID(), ipAnonymised: null } as unknown as RequestContext;
  await eraseSubject(ctx, { candidateId });
  process.stdout.write(`erased ${candidateId}\n`);
}
await database.close();
