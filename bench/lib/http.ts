import { loginMutation } from './documents.ts';

export type Probe = { status: number; statements: number | null; bytes: number; ms: number; errors: string | null };

/** Signs in like the dashboard and returns the session cookie. */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: loginMutation, variables: { email, password } }),
  });
  const body = (await response.json()) as { errors?: unknown };
  const cookie = response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  if (body.errors || !cookie) throw new Error(`Login failed: ${JSON.stringify(body.errors ?? 'no cookie')}`);
  return cookie;
}

/** Asks a GraphQL server one question and returns its data (errors throw). */
export type AskGraphql = (query: string, variables: Record<string, unknown>) => Promise<unknown>;

export function askGraphqlAt(baseUrl: string): AskGraphql {
  return async (query, variables) => {
    const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    if (!response.ok || body.errors) throw new Error(`${baseUrl}: ${JSON.stringify(body.errors ?? response.status).slice(0, 300)}`);
    return body.data;
  };
}

export type RequestSpec = { method: 'GET' | 'POST'; path: string; body?: string };

/** One request, with what the benchmark reports about it. GraphQL errors count as failures. */
export async function probe(baseUrl: string, cookie: string, spec: RequestSpec): Promise<Probe & { text: string }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${spec.path}`, {
    method: spec.method,
    headers: { cookie, ...(spec.body ? { 'content-type': 'application/json' } : {}) },
    body: spec.body,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const header = response.headers.get('x-sql-statements');
  return { status: response.status, statements: header === null ? null : Number(header), bytes: Buffer.byteLength(text), ms, errors: failureOf(response.status, text), text };
}

/** Why a response is not a success, or null. */
export function failureOf(status: number, text: string): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}: ${text.slice(0, 300)}`;
  if (text.startsWith('{"errors"') || text.includes('"errors":[')) return text.slice(0, 300);
  return null;
}
