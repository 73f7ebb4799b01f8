import type { LoadResult } from './load.ts';

export type Measured = LoadResult & { rated: LoadResult; statements: number | null; statementsLast: number | null; bytes: number };
/** floor = the same SQL through bare `postgres`; generic = the same read through PostGraphile. */
export type OperationResult = { key: string; title: string; api: Measured | null; floor: Measured | null; generic: Measured | null };

const cell = (value: string | number | null | undefined, width: number) => String(value ?? '–').padStart(width);

/** The table `pnpm bench` prints: the API beside the floor, per operation. */
export function printTable(results: OperationResult[], rate: number): void {
  const header = ['operation', 'req/s', 'p50', 'p99', `p50@${rate}`, `p99@${rate}`, 'stmts', 'cpu ms', 'db ms', 'bytes', 'floor req/s', `floor p99@${rate}`, '% of floor', 'generic req/s', `generic p99@${rate}`, 'generic cpu/db', 'x generic'];
  const widths = [18, 8, 6, 6, 8, 8, 7, 7, 6, 8, 12, 14, 11, 14, 16, 15, 10];
  console.log(`\n${header.map((h, i) => (i === 0 ? h.padEnd(widths[0]!) : cell(h, widths[i]!))).join(' ')}`);
  for (const r of results) {
    const a = r.api;
    const f = r.floor;
    const statements = a ? (a.statements === a.statementsLast ? a.statements : `${a.statements}/${a.statementsLast}`) : null;
    const g = r.generic;
    const share = a && f && f.requestsPerSecond > 0 ? `${Math.round((a.requestsPerSecond / f.requestsPerSecond) * 100)} %` : null;
    const timesGeneric = a && g && g.requestsPerSecond > 0 ? `${(a.requestsPerSecond / g.requestsPerSecond).toFixed(1)}x` : null;
    // A run in which no request finished has no latency to show (autocannon reports 0).
    const ms = (run: LoadResult | null | undefined, value: number | undefined) => (run && run.requests > 0 ? value : null);
    const genericCpu = g ? `${g.cpuMsPerRequest ?? '–'}/${g.dbCpuMsPerRequest ?? '–'}` : null;
    const row = [a?.requestsPerSecond, ms(a, a?.p50), ms(a, a?.p99), ms(a?.rated, a?.rated.p50), ms(a?.rated, a?.rated.p99), statements, a?.cpuMsPerRequest, a?.dbCpuMsPerRequest, a?.bytes, f?.requestsPerSecond, ms(f?.rated, f?.rated.p99), share, g?.requestsPerSecond, ms(g?.rated, g?.rated.p99), genericCpu, timesGeneric];
    console.log(`${r.key.padEnd(widths[0]!)} ${row.map((v, i) => cell(v, widths[i + 1]!)).join(' ')}`);
  }
  console.log('Latencies in ms; p50/p99 at saturation, then at a fixed rate (evenly spaced, open loop: lib/paced.ts); cpu ms = server CPU time per request; db ms = CPU time of the local PostgreSQL per request; bytes = response size.');
  console.log('generic = PostGraphile 5 on the same database (generic/); x generic = API req/s over its req/s.\n');
}
