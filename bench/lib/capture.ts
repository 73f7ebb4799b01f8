import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, statementCountingLogger } from '@pvr/db';
import { loadConfig } from '../../api/src/config.ts';
import { keepComplianceTasksCurrentNow } from '../../api/src/features/compliance/task-upkeep.ts';
import { ensureDefaultRetentionRules } from '../../api/src/features/retention/default-rules.ts';
import { buildServer } from '../../api/src/server.ts';
import { loginMutation } from './documents.ts';
import { freshIdMarker } from './fresh-id.ts';
import type { Operation } from './operations.ts';

export type Statement = { query: string; params: unknown[] };

/** Per operation, per request of its pool: the SQL statements the API sent, in order. */
export type CapturedSql = Record<string, Statement[][]>;

/**
 * Runs the API in this process once per request and records every SQL statement it sends
 * (through the same drizzle logger that counts statements), so the bare floor server can
 * replay exactly the same SQL. Mutations run here too: the bench data can take a few more notes.
 */
export async function captureStatements(databaseUrl: string, operations: Operation[], login: { email: string; password: string }): Promise<CapturedSql> {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATABASE_APP_ROLE: 'pvr_app',
    SECRET_KEY: 'bench-secret-key-not-for-production-0123456789abcdef',
    LOG_LEVEL: 'silent',
    RETENTION_SCHEDULE_HOURS: '0',
    MAIL_SEND_INTERVAL_SECONDS: '86400',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'pvr-bench-')),
  });
  const database = await openDatabase({ url: databaseUrl, appRole: 'pvr_app', maxConnections: 2 });
  // What the production server does at start (api/src/main.ts) before it answers: without the
  // retention rules and compliance tasks, a freshly seeded database would give the floor fewer
  // statements to replay than the API later runs (the overview's due counts).
  await ensureDefaultRetentionRules(database.db);
  await keepComplianceTasksCurrentNow({ db: database.db, config });
  const app = await buildServer({ database, config });
  let recording: Statement[] | null = null;
  const original = statementCountingLogger.logQuery.bind(statementCountingLogger);
  statementCountingLogger.logQuery = (query: string, params: unknown[]) => {
    recording?.push({ query, params });
    original(query, params);
  };
  try {
    const signIn = await app.inject({ method: 'POST', url: '/graphql', payload: { query: loginMutation, variables: login } });
    const cookie = [signIn.headers['set-cookie']].flat().filter(Boolean).map((line) => String(line).split(';')[0]).join('; ');
    const captured: CapturedSql = {};
    for (const operation of operations) {
      captured[operation.key] = [];
      for (const request of operation.requests) {
        recording = [];
        const response = await app.inject({
          method: request.method,
          url: request.path,
          headers: { cookie, ...(request.body ? { 'content-type': 'application/json' } : {}) },
          ...(request.body ? { payload: request.body } : {}),
        });
        if (response.statusCode >= 300 || response.body.includes('"errors":[')) throw new Error(`${operation.key}: ${response.body.slice(0, 300)}`);
        captured[operation.key]!.push(withFreshIdsMarked(recording));
      }
    }
    return captured;
  } finally {
    recording = null;
    statementCountingLogger.logQuery = original;
    await app.close();
    await database.close();
  }
}

/** The `"id"` values a request's inserts set explicitly, replaced by `freshIdMarker` wherever they occur. */
function withFreshIdsMarked(statements: Statement[]): Statement[] {
  const made = statements.flatMap(({ query, params }) => {
    const insert = /^\s*insert into \S+ \(([^)]*)\) values \(([^)]*)\)/i.exec(query);
    if (!insert) return [];
    const at = insert[1]!.split(',').findIndex((column) => column.trim() === '"id"');
    const value = at >= 0 ? /^\$(\d+)$/.exec(insert[2]!.split(',')[at]!.trim()) : null;
    return value ? [String(params[Number(value[1]) - 1])] : [];
  });
  if (made.length === 0) return statements;
  const mark = (param: unknown) => (typeof param === 'string' ? made.reduce((text, id) => text.replaceAll(id, freshIdMarker), param) : param);
  return statements.map(({ query, params }) => ({ query, params: params.map(mark) }));
}
