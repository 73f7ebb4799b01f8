import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { demoLogins } from '../../src/seed/demo-logins.ts';
import { TestClient } from '../harness.ts';

/**
 * Signed-in demo sessions and the mixed reads and writes the fault and soak runs drive over
 * loopback. Every write creates something that carries a unique marker, so the database can be
 * asked afterwards whether it is there, and only once.
 */
export type Role = 'partner' | 'staff';

export type Session = {
  role: Role;
  client: TestClient;
  /** Open cases this session may log calls on. */
  caseIds: string[];
  /** Candidates it can read and record consent for. */
  candidateIds: string[];
};

export type Outcome = {
  /** HTTP status, or 0 when no answer arrived (refused, reset or over the time bound). */
  status: number;
  ms: number;
  /** 200 and data without errors: the API acknowledged it. */
  ok: boolean;
  code?: string | undefined;
  message?: string | undefined;
  /** The raw answer, to check that nothing internal leaked. */
  text: string;
  timedOut: boolean;
};

/** One POST /graphql, answered or given up within `timeoutMs`. */
export async function send(session: Session, query: string, variables: Record<string, unknown>, options: { key?: string; timeoutMs: number }): Promise<Outcome> {
  const started = performance.now();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.key) headers['idempotency-key'] = options.key;
  try {
    const response = await session.client.fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    let body: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // Not JSON: counted as an error below.
    }
    const error = body.errors?.[0];
    const ok = response.status === 200 && !body.errors?.length && body.data !== undefined && body.data !== null;
    return { status: response.status, ms, ok, code: error?.extensions?.code, message: error?.message, text, timedOut: false };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return { status: 0, ms: performance.now() - started, ok: false, message: (error as Error).name, text: '', timedOut };
  }
}

export async function signInDemo(baseUrl: string, role: Role): Promise<Session> {
  const login = demoLogins.find((l) => l.role === role);
  if (!login) throw new Error(`no demo login for ${role}`);
  const client = new TestClient(baseUrl);
  await client.data(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: login.email, p: login.password });
  const { cases } = await client.data<{ cases: { nodes: { id: string }[] } }>(`{ cases(status: open, first: 10) { nodes { id } } }`);
  const { candidates } = await client.data<{ candidates: { nodes: { id: string }[] } }>(`{ candidates(first: 25) { nodes { id } } }`);
  const session = { role, client, caseIds: cases.nodes.map((c) => c.id), candidateIds: candidates.nodes.map((c) => c.id) };
  if (!session.caseIds.length || !session.candidateIds.length) throw new Error(`the ${role} demo login sees no open case or candidate`);
  return session;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

export type Read = { name: string; query: string; variables: Record<string, unknown> };

/** What a partner or staff member reads in a working day, as the dashboard asks for it. */
export function nextRead(session: Session): Read {
  const reads: Read[] = [
    { name: 'candidates', query: `query($s: String) { candidates(first: 25, filter: { search: $s }) { totalCount nodes { id fullName status consents { purpose granted } } } }`, variables: { s: pick([null, 'an', 'Ber', 'sen']) } },
    { name: 'candidate', query: `query($id: ID!) { candidate(id: $id) { id fullName email callNoteCount callNotes(first: 10) { id body } } }`, variables: { id: pick(session.candidateIds) } },
    { name: 'cases', query: `{ cases(first: 25) { totalCount nodes { id title callNoteCount members { id } } } }`, variables: {} },
    { name: 'callNotes', query: `query($id: ID!) { callNotes(caseId: $id, first: 20) { totalCount nodes { id body author { id } } } }`, variables: { id: pick(session.caseIds) } },
    { name: 'search', query: `query($t: String!) { search(text: $t) { candidates { score candidate { id } } callNotes { headline } } }`, variables: { t: pick(['Hansen', 'lønn', 'intervju', 'Olsen']) } },
  ];
  return pick(reads);
}

export type Write = {
  name: 'logCallNote' | 'recordConsent';
  key: string;
  /** Unique text stored with the record, to find it in the database. */
  marker: string;
  query: string;
  variables: Record<string, unknown>;
};

let writeSeq = 0;
const runTag = randomUUID().slice(0, 6).replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!);

/** A write that creates something, with its Idempotency-Key; marker text has no long digit runs (the identity-number guard). */
export function nextWrite(session: Session): Write {
  writeSeq += 1;
  const marker = `Belastningsprøve ${runTag} ${session.role} ${writeSeq}`;
  const key = randomUUID();
  if (Math.random() < 0.6) {
    return {
      name: 'logCallNote',
      key,
      marker,
      query: `mutation($input: LogCallNoteInput!) { logCallNote(input: $input) { id } }`,
      variables: { input: { caseId: pick(session.caseIds), direction: 'outgoing', otherPartyName: 'Kari Testperson', body: marker } },
    };
  }
  return {
    name: 'recordConsent',
    key,
    marker,
    query: `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
    variables: { input: { subject: { candidateId: pick(session.candidateIds) }, purpose: 'candidate_registry', action: 'granted', method: 'phone', evidenceNote: marker } },
  };
}

/** The API answered: this key's work was done (now or before) or is being done by another attempt. */
export const isKeyInUse = (outcome: Outcome) => outcome.code === 'CONFLICT' && /Idempotency-Key was already used for a request/.test(outcome.message ?? '');

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The process's resident memory in MB (Linux /proc), or null elsewhere. */
export function residentMb(pid: number | undefined): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}
