import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@pvr/db';
import { captureStatements, type CapturedSql } from './lib/capture.ts';
import { installGenericSchema } from './generic/schema.ts';
import { askGraphqlAt, login, probe } from './lib/http.ts';
import { runLoad, type LoadResult } from './lib/load.ts';
import { buildOperations, type Operation } from './lib/operations.ts';
import { runPaced } from './lib/paced.ts';
import { printTable, type OperationResult } from './lib/report.ts';
import { startApi, startProcess } from './lib/server-process.ts';
import { benchLogin, currentScale, currentTarget, pgliteDataDir } from './scale/config.ts';

/**
 * `pnpm bench`: the production API on the bench database (load it first with `pnpm bench:seed`),
 * driven over loopback by autocannon, beside the bare floor server that runs the same SQL.
 * On PostgreSQL, the reads a generic server can answer (1, 2, 7) are also asked of PostGraphile
 * (generic/server.ts) on the same database; BENCH_GENERIC=0 leaves it out.
 * BENCH_DRIVER=pglite measures the embedded mode (operations 1, 2 and 4). BENCH_SMOKE=1 makes
 * every run one second: it proves the harness works and fails on errors, never on slow numbers.
 * BENCH_ONLY=candidates-page,search picks operations; BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_RATE tune the runs.
 */
const scale = currentScale();
const smoke = process.env.BENCH_SMOKE === '1';
const target = currentTarget(scale);
const seconds = Number(process.env.BENCH_SECONDS ?? (smoke ? 1 : 10));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 8);
const rate = Number(process.env.BENCH_RATE ?? 50);
const benchDir = fileURLToPath(new URL('.', import.meta.url));

const pools = await openDatabase(target.kind === 'postgres' ? { url: target.url, maxConnections: 1 } : { dataDir: target.dataDir });
const only = process.env.BENCH_ONLY?.split(',');
const operations = (await buildOperations(pools.db, scale !== 'full')).filter((op) => (target.kind === 'postgres' || op.pglite) && (!only || only.includes(op.key)));
await pools.close();
console.log(`Benchmark: SCALE=${scale}, ${target.kind}, ${seconds} s per run, ${connections} connections; rated runs at ${rate} req/s. Load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

const captured: CapturedSql | null = target.kind === 'postgres' ? await captureStatements(target.url, operations, benchLogin) : null;

async function measure(op: Operation, url: string, cookie: string | undefined, requests: Operation['requests'], pid: number) {
  const first = await probe(url, cookie ?? '', requests[0]!);
  const last = await probe(url, cookie ?? '', requests.at(-1)!);
  const saturated = await runLoad({ url, cookie, requests, seconds, connections, pid, databaseCpu: target.kind === 'postgres' });
  // Evenly spaced requests at `rate` (lib/paced.ts); the smoke run proves it for one second.
  // BENCH_RATED=autocannon measures as rounds one to seven did (bursts: bench/README.md, eighth round).
  const rated =
    process.env.BENCH_RATED === 'autocannon'
      ? await runLoad({ url, cookie, requests, seconds, connections: 4, rate })
      : await runPaced({ url, cookie, requests, seconds: smoke ? 1 : seconds, rate, sockets: connections, pid });
  return {
    probe: { statements: first.statements, statementsLast: last.statements, bytes: first.bytes, error: first.errors ?? last.errors },
    saturated,
    rated,
  };
}

const results: OperationResult[] = operations.map((op) => ({ key: op.key, title: op.title, api: null, floor: null, generic: null }));
const failures: string[] = [];
const note = (key: string, what: string, run: LoadResult) => {
  if (run.failures > 0) failures.push(`${key} (${what}): ${run.failures} failed, first: ${run.firstFailure}`);
};

const api = await startApi(target.kind === 'postgres' ? { DATABASE_URL: target.url, DATABASE_APP_ROLE: 'pvr_app' } : { DATA_DIR: pgliteDataDir(scale) }, Number(process.env.BENCH_API_PORT ?? 4110));
try {
  const cookie = await login(api.url, benchLogin.email, benchLogin.password);
  for (const [i, op] of operations.entries()) {
    const m = await measure(op, api.url, cookie, op.requests, api.pid);
    if (m.probe.error) failures.push(`${op.key}: ${m.probe.error}`);
    note(op.key, 'api', m.saturated);
    note(op.key, 'api rated', m.rated);
    results[i]!.api = { ...m.saturated, rated: m.rated, statements: m.probe.statements, statementsLast: m.probe.statementsLast, bytes: m.probe.bytes };
    console.log(`  api   ${op.key.padEnd(18)} ${m.saturated.requestsPerSecond} req/s, p99 ${m.rated.p99} ms at ${rate}/s`);
  }
} finally {
  await api.stop();
}

if (captured) {
  const file = join(tmpdir(), `pvr-floor-sql-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(captured));
  const floor = await startProcess({
    script: 'floor/server.ts',
    cwd: benchDir,
    port: Number(process.env.BENCH_FLOOR_PORT ?? 4120),
    readyPath: '/readyz',
    env: { DATABASE_URL: target.kind === 'postgres' ? target.url : '', FLOOR_SQL_FILE: file },
  });
  try {
    for (const [i, op] of operations.entries()) {
      const requests = op.requests.map((_, index) => ({ method: 'GET' as const, path: `/${op.key}/${index}` }));
      const m = await measure(op, floor.url, undefined, requests, floor.pid);
      if (m.probe.error) failures.push(`${op.key} floor: ${m.probe.error}`);
      note(op.key, 'floor', m.saturated);
      results[i]!.floor = { ...m.saturated, rated: m.rated, statements: m.probe.statements, statementsLast: m.probe.statementsLast, bytes: m.probe.bytes };
      console.log(`  floor ${op.key.padEnd(18)} ${m.saturated.requestsPerSecond} req/s, p99 ${m.rated.p99} ms at ${rate}/s`);
    }
  } finally {
    await floor.stop();
  }
}

if (target.kind === 'postgres' && process.env.BENCH_GENERIC !== '0' && operations.some((op) => op.generic)) {
  await installGenericSchema(target.url);
  const generic = await startProcess({
    script: 'generic/server.ts',
    cwd: benchDir,
    port: Number(process.env.BENCH_GENERIC_PORT ?? 4130),
    readyPath: '/graphql?query=%7B__typename%7D',
    env: { DATABASE_URL: target.url, GRAPHILE_ENV: 'production' },
  });
  try {
    const ask = askGraphqlAt(generic.url);
    for (const [i, op] of operations.entries()) {
      if (!op.generic) continue;
      const m = await measure(op, generic.url, undefined, await op.generic(ask), generic.pid);
      if (m.probe.error) failures.push(`${op.key} generic: ${m.probe.error}`);
      note(op.key, 'generic', m.saturated);
      note(op.key, 'generic rated', m.rated);
      results[i]!.generic = { ...m.saturated, rated: m.rated, statements: null, statementsLast: null, bytes: m.probe.bytes };
      console.log(`  generic ${op.key.padEnd(16)} ${m.saturated.requestsPerSecond} req/s, p99 ${m.rated.p99} ms at ${rate}/s`);
    }
  } finally {
    await generic.stop();
  }
}

printTable(results, rate);
const resultsDir = join(benchDir, 'results');
mkdirSync(resultsDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const outFile = join(resultsDir, `${smoke ? 'smoke' : 'run'}-${scale}-${target.kind}-${stamp}.json`);
writeFileSync(
  outFile,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), scale, driver: target.kind, seconds, connections, rate, machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverage: loadavg(), node: process.version }, operations: results, failures }, null, 2)}\n`,
);
console.log(`Written: ${outFile}`);
if (failures.length > 0) {
  console.error(`FAILED: ${failures.length} operation(s) had errors:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}
