import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runPaced } from './paced.ts';

type Answer = { status: number; body: string };
const ok: Answer = { status: 200, body: '{"data":{}}' };

/** A server that notes when each request arrived and answers after `delayOf(index)` ms. */
async function recordingServer(delayOf: (index: number) => number, answerOf: (path: string) => Answer = () => ok) {
  const arrivals: number[] = [];
  const server = createServer((request, response) => {
    const index = arrivals.push(performance.now()) - 1;
    request.resume();
    const answer = answerOf(request.url ?? '');
    setTimeout(() => {
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(answer.body);
    }, delayOf(index));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { server, arrivals, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('runPaced (the benchmark’s fixed-rate latency run)', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((closed) => (server ? server.close(() => closed()) : closed())));

  it('sends the requests evenly spaced, not in a burst at the start of each second', async () => {
    const recording = await recordingServer(() => 0);
    server = recording.server;
    const result = await runPaced({ url: recording.url, requests: [{ method: 'GET', path: '/' }], seconds: 1, rate: 50, sockets: 8 });
    expect(result.requests).toBe(50);
    expect(result.failures).toBe(0);
    const gaps = recording.arrivals.slice(1).map((at, i) => at - recording.arrivals[i]!);
    const sorted = [...gaps].sort((a, b) => a - b);
    // One every 20 ms: the median gap is about that, and few arrive together (a late timer
    // sends what is due at once; a per-second quota would send nearly all 50 back to back).
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThan(12);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(28);
    expect(gaps.filter((gap) => gap < 5).length).toBeLessThan(10);
    expect(recording.arrivals.at(-1)! - recording.arrivals[0]!).toBeGreaterThan(900);
  });

  it('keeps sending while an answer is slow (an open loop), and counts the wait from when each request was due', async () => {
    // One socket; the first answer takes 300 ms, the rest none: the requests due meanwhile wait.
    const recording = await recordingServer((index) => (index === 0 ? 300 : 0));
    server = recording.server;
    const result = await runPaced({ url: recording.url, requests: [{ method: 'GET', path: '/' }], seconds: 1, rate: 50, sockets: 1 });
    expect(result.requests).toBe(50);
    // The second request was due 20 ms after the first and answered after ~300 ms: ~280 ms late.
    expect(result.p99).toBeGreaterThan(250);
    // Most requests came after the stall and were answered at once.
    expect(result.p50).toBeLessThan(100);
  });

  it('counts HTTP errors and GraphQL errors as failures', async () => {
    const answers: Record<string, Answer> = { '/broken': { status: 500, body: '{}' }, '/refused': { status: 200, body: '{"errors":[{"message":"no"}],"data":null}' } };
    const recording = await recordingServer(() => 0, (path) => answers[path] ?? ok);
    server = recording.server;
    const result = await runPaced({
      url: recording.url,
      requests: [{ method: 'GET', path: '/broken' }, { method: 'GET', path: '/' }, { method: 'GET', path: '/refused' }],
      seconds: 0.3,
      rate: 50,
      sockets: 2,
    });
    expect(result.requests).toBe(15);
    expect(result.failures).toBe(10);
    expect(result.firstFailure).toMatch(/^HTTP 500/);
  });
});
