import { Agent, request } from 'node:http';
import { failureOf, type RequestSpec } from './http.ts';
import type { LoadResult } from './load.ts';
import { cpuMillisOf } from './server-process.ts';

export type PacedOptions = {
  url: string;
  cookie?: string;
  requests: RequestSpec[];
  seconds: number;
  /** Requests per second, one every 1000/rate ms. */
  rate: number;
  /** Keep-alive sockets; a request due while all are busy waits for one (and that wait counts). */
  sockets: number;
  pid?: number;
};

/** A response slower than this counts as failed (autocannon's limit in the saturation runs). */
const requestTimeoutMs = 60_000;

/**
 * The latency run "at 50 requests per second": one request due every 20 ms, sent when due
 * whether or not earlier ones have answered (an open loop, as users arrive), its latency
 * counted from when it was due, so time spent waiting behind a slow answer is not hidden.
 * autocannon's `overallRate` is not this: each connection sends its whole quota for the second
 * at once and then idles (autocannon issue #174), so "50 req/s" is measured as bursts of
 * back-to-back requests, and its correction for that assumes a 1 ms interval. bench/README.md
 * shows both on the same server.
 */
export async function runPaced(options: PacedOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.sockets });
  const target = new URL(options.url);
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  const fail = (why: string) => {
    failures += 1;
    firstFailure ??= why;
  };
  const cpuBefore = options.pid ? cpuMillisOf(options.pid) : null;
  const started = performance.now() + interval;

  const send = (index: number) =>
    new Promise<void>((settle) => {
      const spec = options.requests[index % options.requests.length]!;
      const due = started + index * interval;
      const headers = { ...(options.cookie ? { cookie: options.cookie } : {}), ...(spec.body ? { 'content-type': 'application/json' } : {}) };
      const outgoing = request({ agent, host: target.hostname, port: target.port, method: spec.method, path: spec.path, headers, timeout: requestTimeoutMs }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          latencies.push(performance.now() - due);
          const failure = failureOf(response.statusCode ?? 0, Buffer.concat(chunks).toString());
          if (failure) fail(failure);
          settle();
        });
      });
      outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer in ${requestTimeoutMs} ms`)));
      outgoing.on('error', (error) => {
        fail(`connection error: ${error.message}`);
        settle();
      });
      outgoing.end(spec.body);
    });

  const sent: Promise<void>[] = [];
  while (sent.length < total) {
    const wait = started + sent.length * interval - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // Timers fire late, never early: send every request that is due by now.
    while (sent.length < total && started + sent.length * interval <= performance.now()) sent.push(send(sent.length));
  }
  await Promise.all(sent);
  agent.destroy();

  const cpuAfter = options.pid ? cpuMillisOf(options.pid) : null;
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)]! * 10) / 10 : 0);
  return {
    requests: latencies.length,
    requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    p50: percentile(0.5),
    p99: percentile(0.99),
    failures,
    firstFailure,
    cpuMsPerRequest: cpuBefore !== null && cpuAfter !== null && latencies.length > 0 ? Math.round(((cpuAfter - cpuBefore) / latencies.length) * 100) / 100 : null,
  };
}
