import { openDatabase, schema } from '@pvr/db';
import { count, inArray } from '@pvr/db/orm';
import { nextRead, nextWrite, percentile, residentMb, send, signInDemo, type Session, type Write } from './load-sessions.ts';

export type SoakOptions = {
  baseUrl: string;
  /** The server process, whose memory is read from /proc. */
  pid: number | undefined;
  /** Owner URL of the server's database, to check that every acknowledged write is stored once. */
  databaseUrl: string;
  seconds: number;
  intervalSeconds: number;
  partnerSessions: number;
  staffSessions: number;
  /** Hard cap on requests, whatever the duration. */
  maxRequests: number;
  /** Share of requests that write (0–1). */
  writeShare: number;
  /** Pause between one session's requests (ms, jittered), like a person clicking. */
  thinkMs: number;
  timeoutMs: number;
  onInterval?: (line: IntervalFigures) => void;
};

export type IntervalFigures = {
  endsAtSeconds: number;
  requests: number;
  errors: number;
  reqPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rssMb: number | null;
};

export type SoakReport = {
  seconds: number;
  sessions: number;
  requests: number;
  reads: number;
  writes: number;
  errors: number;
  /** The first few errors, by operation and status/code (never the answer's text). */
  errorSamples: string[];
  intervals: IntervalFigures[];
  overall: { p50: number; p95: number; p99: number; max: number };
  memory: { startRssMb: number | null; endRssMb: number | null; peakRssMb: number | null };
  lostWrites: number;
  duplicateWrites: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Many signed-in partner and staff sessions doing mixed reads and writes against one server
 * over loopback, bounded in time and in requests. Latency percentiles per interval, the
 * server's resident memory at start, per interval and at the end, and afterwards a count in
 * the database: every acknowledged write there once.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const roles = [...Array<'partner'>(options.partnerSessions).fill('partner'), ...Array<'staff'>(options.staffSessions).fill('staff')];
  // Sign in a few at a time: each login hashes a password (argon2id).
  const sessions: Session[] = [];
  for (let i = 0; i < roles.length; i += 4) sessions.push(...(await Promise.all(roles.slice(i, i + 4).map((role) => signInDemo(options.baseUrl, role)))));

  const startRss = residentMb(options.pid)?.rss ?? null;
  const started = performance.now();
  const endsAt = started + options.seconds * 1000;
  let sent = 0;
  let reads = 0;
  const acknowledged: Write[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let window: number[] = [];
  let windowErrors = 0;
  const all: number[] = [];
  const intervals: IntervalFigures[] = [];

  const worker = async (session: Session) => {
    while (performance.now() < endsAt && sent < options.maxRequests) {
      sent += 1;
      const write = Math.random() < options.writeShare ? nextWrite(session) : null;
      const read = write ? null : nextRead(session);
      const outcome = write
        ? await send(session, write.query, write.variables, { key: write.key, timeoutMs: options.timeoutMs })
        : await send(session, read!.query, read!.variables, { timeoutMs: options.timeoutMs });
      window.push(outcome.ms);
      all.push(outcome.ms);
      if (outcome.ok) {
        if (write) acknowledged.push(write);
        else reads += 1;
      } else {
        errors += 1;
        windowErrors += 1;
        if (errorSamples.length < 10) errorSamples.push(`${write?.name ?? read!.name}: ${outcome.status} ${outcome.code ?? outcome.message ?? ''}`);
      }
      await sleep(options.thinkMs * (0.5 + Math.random()));
    }
  };

  const tick = setInterval(() => {
    const sorted = window.sort((a, b) => a - b);
    const line: IntervalFigures = {
      endsAtSeconds: Math.round((performance.now() - started) / 1000),
      requests: sorted.length,
      errors: windowErrors,
      reqPerSecond: Math.round(sorted.length / options.intervalSeconds),
      p50: Math.round(percentile(sorted, 50)),
      p95: Math.round(percentile(sorted, 95)),
      p99: Math.round(percentile(sorted, 99)),
      max: Math.round(sorted.at(-1) ?? 0),
      rssMb: residentMb(options.pid)?.rss ?? null,
    };
    intervals.push(line);
    options.onInterval?.(line);
    window = [];
    windowErrors = 0;
  }, options.intervalSeconds * 1000);
  await Promise.all(sessions.map(worker));
  clearInterval(tick);

  const memory = residentMb(options.pid);
  const stored = await storedCounts(options.databaseUrl, acknowledged);
  const sorted = all.sort((a, b) => a - b);
  return {
    seconds: Math.round((performance.now() - started) / 1000),
    sessions: sessions.length,
    requests: all.length,
    reads,
    writes: acknowledged.length,
    errors,
    errorSamples,
    intervals,
    overall: { p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), p99: Math.round(percentile(sorted, 99)), max: Math.round(sorted.at(-1) ?? 0) },
    memory: { startRssMb: startRss, endRssMb: memory?.rss ?? null, peakRssMb: memory?.peak ?? null },
    lostWrites: acknowledged.filter((w) => (stored.get(w.marker) ?? 0) === 0).length,
    duplicateWrites: acknowledged.filter((w) => (stored.get(w.marker) ?? 0) > 1).length,
  };
}

async function storedCounts(databaseUrl: string, writes: Write[]): Promise<Map<string, number>> {
  const owner = await openDatabase({ url: databaseUrl, maxConnections: 1 });
  const counts = new Map<string, number>();
  const { callNotes, consentEvents } = schema;
  try {
    const notes = writes.filter((w) => w.name === 'logCallNote').map((w) => w.marker);
    const consents = writes.filter((w) => w.name === 'recordConsent').map((w) => w.marker);
    for (let i = 0; i < notes.length; i += 1_000) {
      const rows = await owner.db.select({ marker: callNotes.body, n: count() }).from(callNotes).where(inArray(callNotes.body, notes.slice(i, i + 1_000))).groupBy(callNotes.body);
      for (const row of rows) counts.set(row.marker, row.n);
    }
    for (let i = 0; i < consents.length; i += 1_000) {
      const rows = await owner.db
        .select({ marker: consentEvents.evidenceNote, n: count() })
        .from(consentEvents)
        .where(inArray(consentEvents.evidenceNote, consents.slice(i, i + 1_000)))
        .groupBy(consentEvents.evidenceNote);
      for (const row of rows) if (row.marker) counts.set(row.marker, row.n);
    }
  } finally {
    await owner.close();
  }
  return counts;
}

export const formatInterval = (l: IntervalFigures) =>
  `${String(l.endsAtSeconds).padStart(5)} s  ${String(l.requests).padStart(6)} req  ${String(l.reqPerSecond).padStart(4)}/s  errors ${l.errors}  ` +
  `p50 ${l.p50} ms  p95 ${l.p95} ms  p99 ${l.p99} ms  max ${l.max} ms  RSS ${l.rssMb?.toFixed(0) ?? '?'} MB`;

export const formatSoakReport = (r: SoakReport) =>
  `soak: ${r.seconds} s, ${r.sessions} sessions, ${r.requests} requests (${r.reads} reads, ${r.writes} writes acknowledged), errors ${r.errors}` +
  `${r.errorSamples.length ? ` ${JSON.stringify(r.errorSamples)}` : ''}; latency p50 ${r.overall.p50} ms, p95 ${r.overall.p95} ms, p99 ${r.overall.p99} ms, max ${r.overall.max} ms; ` +
  `server RSS ${r.memory.startRssMb?.toFixed(0)} MB at start, ${r.memory.endRssMb?.toFixed(0)} MB at end (peak ${r.memory.peakRssMb?.toFixed(0)} MB); ` +
  `lost writes ${r.lostWrites}, duplicates ${r.duplicateWrites}`;
