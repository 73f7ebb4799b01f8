import type { TestClient } from '../harness.ts';

/** What a response must never carry: a stack frame, a source path, SQL text or the driver's name. */
export function leaksInternals(body: string): boolean {
  return /\bat [^\n"]*:\d+:\d+|\.ts:\d+|\.js:\d+|stacktrace|select |insert |update [a-z_]+ set|postgres|drizzle/i.test(body);
}

export type RawResponse = { status: number; body: string; json: { errors?: { extensions?: { code?: string } }[] } | null };

/** POSTs raw bytes to /graphql with the client's session cookie. */
export async function postRaw(client: TestClient, body: string | Uint8Array, contentType = 'application/json'): Promise<RawResponse> {
  const response = await client.fetch('/graphql', {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body: body as unknown as RequestInit['body'],
  });
  const text = await response.text();
  return { status: response.status, body: text, json: parseJson(text) };
}

function parseJson(text: string): RawResponse['json'] {
  try {
    return JSON.parse(text) as RawResponse['json'];
  } catch {
    return null;
  }
}

export const codesOf = (response: RawResponse): string[] => (response.json?.errors ?? []).map((e) => String(e.extensions?.code));
