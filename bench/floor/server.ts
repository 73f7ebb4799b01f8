import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { connectPostgres } from '../lib/connect.ts';
import type { CapturedSql } from '../lib/capture.ts';
import { freshIdMarker } from '../lib/fresh-id.ts';

/**
 * The floor: a bare Node HTTP server that runs, for each operation, exactly the SQL the API
 * sent for the same request (captured by lib/capture.ts) through `postgres` directly, and
 * answers with the rows as JSON. Like the API, a request that only reads and then inserts its
 * audit entries sends them without a transaction (the insert commits on its own; where the API
 * still reads in one, as search and the export do, the floor is the faster for it); one that
 * writes anything else runs in one transaction. No framework, no GraphQL, no validation:
 * what is left is what the database itself costs. GET /<operation>/<index>.
 */
const captured = JSON.parse(readFileSync(process.env.FLOOR_SQL_FILE ?? '', 'utf8')) as CapturedSql;
const sql = connectPostgres(process.env.DATABASE_URL ?? '', {
  max: Number(process.env.FLOOR_CONNECTIONS ?? 10),
  // The API's own session settings (db/src/client.ts), so only the layers above the SQL differ.
  connection: { role: 'pvr_app', application_name: 'personvernregister-floor', jit: 'off', statement_timeout: 15_000 },
  onnotice: () => {},
});

const server = createServer((request, response) => {
  const [, key = '', index = '0'] = (request.url ?? '').split('/');
  if (key === 'readyz') return void response.end('ok');
  const statements = captured[key]?.[Number(index)];
  if (!statements) {
    response.statusCode = 404;
    return void response.end();
  }
  const fresh = randomUUID();
  const run = async (db: typeof sql) => {
    const results: unknown[] = [];
    for (const statement of statements) results.push(await db.unsafe(statement.query, withFreshIds(statement.params, fresh) as never[], { prepare: true }));
    return results;
  };
  (needsTransaction(statements) ? sql.begin((tx) => run(tx as unknown as typeof sql)) : run(sql))
    .then(
      (results) => {
        response.setHeader('content-type', 'application/json');
        response.setHeader('x-sql-statements', String(statements.length));
        response.end(JSON.stringify(results));
      },
      (error: unknown) => {
        response.statusCode = 500;
        response.end(JSON.stringify({ error: (error as Error).message }));
      },
    );
});
/** The id the API made for a new row, fresh on every replay (lib/capture.ts). */
function withFreshIds(params: unknown[], fresh: string): unknown[] {
  if (!params.some((p) => typeof p === 'string' && p.includes(freshIdMarker))) return params;
  return params.map((p) => (typeof p === 'string' ? p.replaceAll(freshIdMarker, fresh) : p));
}

/** Writes other than a last audit insert (which the API, too, sends on its own) need a transaction. */
function needsTransaction(statements: { query: string }[]): boolean {
  return statements.some((s, i) => /^\s*(insert|update|delete)\b/i.test(s.query) && !(i === statements.length - 1 && /insert into audit_log/i.test(s.query)));
}

server.listen(Number(process.env.PORT ?? 4200), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void sql.end({ timeout: 5 }).then(() => process.exit(0));
});
