import autocannon from 'autocannon';
import { failureOf, type RequestSpec } from './http.ts';
import { cpuMillisOf, postgresCpuMillis } from './server-process.ts';

export type LoadResult = {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
  firstFailure: string | null;
  cpuMsPerRequest: number | null;
  /** CPU of the local PostgreSQL's processes per request (only when `databaseCpu` is set). */
  dbCpuMsPerRequest?: number | null;
};

export type LoadOptions = {
  url: string;
  cookie?: string;
  requests: RequestSpec[];
  seconds: number;
  connections: number;
  /**
   * Requests per second over all connections (autocannon's `overallRate`, which sends each
   * second's quota at once: only for BENCH_RATED=autocannon); unset = as fast as the server answers.
   */
  rate?: number;
  /** The server's pid, for its CPU time per request. */
  pid?: number;
  /** Also measure the local PostgreSQL's CPU per request (it shares the machine). */
  databaseCpu?: boolean;
};

/**
 * One bounded autocannon run on loopback (the latency runs at a fixed rate are `paced.ts`);
 * every response is checked for errors.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let failures = 0;
  let firstFailure: string | null = null;
  const cpuBefore = options.pid ? cpuMillisOf(options.pid) : null;
  const dbBefore = options.databaseCpu ? postgresCpuMillis() : null;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    // A slow operation is measured as slow, not counted as failed (autocannon's default is 10 s).
    timeout: 60,
    // A hard bound on the run whatever the speed (the load test must stop by itself).
    maxOverallRequests: Math.max(50, Math.ceil(options.seconds * (options.rate ?? 5_000))),
    ...(options.rate ? { overallRate: options.rate } : {}),
    headers: { ...(options.cookie ? { cookie: options.cookie } : {}), 'content-type': 'application/json' },
    requests: options.requests.map((spec) => ({
      method: spec.method,
      path: spec.path,
      ...(spec.body ? { body: spec.body } : {}),
      onResponse: (status: number, body: string) => {
        const failure = failureOf(status, body);
        if (failure) {
          failures += 1;
          firstFailure ??= failure;
        }
      },
    })),
  });
  const cpuAfter = options.pid ? cpuMillisOf(options.pid) : null;
  const dbMs = dbBefore ? databaseMillisSince(dbBefore) : null;
  const total = result.requests.total;
  failures += result.errors + result.timeouts;
  if (!firstFailure && (result.errors || result.timeouts)) firstFailure = `${result.errors} connection errors, ${result.timeouts} timeouts`;
  return {
    requests: total,
    requestsPerSecond: Math.round((total / result.duration) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures,
    firstFailure,
    cpuMsPerRequest: cpuBefore !== null && cpuAfter !== null && total > 0 ? Math.round(((cpuAfter - cpuBefore) / total) * 100) / 100 : null,
    ...(options.databaseCpu ? { dbCpuMsPerRequest: dbMs !== null && total > 0 ? Math.round((dbMs / total) * 100) / 100 : null } : {}),
  };
}

/**
 * The database's CPU since `before`: a process started during the run counts from zero; one
 * that ended during it is lost (the servers keep their connections open, so that is rare).
 */
function databaseMillisSince(before: Map<number, number>): number | null {
  const after = postgresCpuMillis();
  if (after.size === 0) return null;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
