import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema as tables } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { startTestServer, type TestServer } from './harness.ts';

const tooComplex = /too large or too complex/;
const leaks = (body: string) => /at .+\.(ts|js):\d+|stacktrace|select |insert into|postgres|drizzle/i.test(body);

describe('GraphQL hardening', () => {
  let server: TestServer;
  let post: (body: string, headers?: Record<string, string>) => Promise<{ status: number; body: string }>;
  beforeAll(async () => {
    server = await startTestServer();
    const partner = await server.signIn('partner');
    post = async (body, headers = { 'content-type': 'application/json' }) => {
      const response = await partner.client.fetch('/graphql', { method: 'POST', headers, body });
      return { status: response.status, body: await response.text() };
    };
  });
  afterAll(() => server?.close());

  const query = (q: string) => JSON.stringify({ query: q });

  it('refuses a deeply nested document with 400 and no stack trace', async () => {
    let nested = 'id';
    for (let i = 0; i < 6; i += 1) nested = `callNotes { nodes { case { ${nested} } } }`;
    const result = await post(query(`{ cases { nodes { ${nested} } } }`));
    expect(result.status).toBe(400);
    expect(result.body).toMatch(tooComplex);
    expect(leaks(result.body)).toBe(false);
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await post(query(`{ ${aliases} }`));
    expect(result.status).toBe(400);
    expect(result.body).toMatch(tooComplex);
  });

  it('refuses a token flood and a directive flood', async () => {
    const fields = Array.from({ length: 3_500 }, () => '__typename').join(' ');
    const tokens = await post(query(`{ ${fields} }`));
    expect(tokens.status).toBe(400);
    expect(tokens.body).toMatch(/\d+ tokens\. Parsing aborted/);
    const directives = Array.from({ length: 30 }, () => '@include(if: true)').join(' ');
    const flood = await post(query(`{ __typename ${directives} }`));
    expect(flood.status).toBe(400);
    expect(flood.body).toMatch(tooComplex);
  });

  it('refuses batched requests', async () => {
    const result = await post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(result.status).toBe(400);
  });

  it('refuses malformed JSON and malformed GraphQL with 400', async () => {
    expect((await post('{"query": ')).status).toBe(400);
    const result = await post(query('{ me { id '));
    expect(result.status).toBe(400);
    expect(leaks(result.body)).toBe(false);
  });

  it('refuses cross-site requests: a text/plain POST and a mutation over GET', async () => {
    const plain = await post(query('{ me { id } }'), { 'content-type': 'text/plain' });
    expect(plain.status).toBe(400);
    const get = await server.anonymous().fetch(`/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(get.status).toBeLessThan(500);
  });

  it('does not suggest field names ("Did you mean")', async () => {
    const result = await post(query('{ candidatez { totalCount } }'));
    expect(result.status).toBe(400);
    expect(result.body).not.toMatch(/Did you mean/);
  });

  it('refuses an oversized body with 413', async () => {
    const result = await post(JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(17 * 1024 * 1024) } }));
    expect(result.status).toBe(413);
  });
});

describe('production mode', () => {
  it('refuses introspection', async () => {
    const server = await startTestServer({ NODE_ENV: 'production', COOKIE_SECURE: 'false' });
    try {
      const response = await server.anonymous().fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).not.toMatch(/"types"/);
    } finally {
      await server.close();
    }
  });
});

describe('client addresses behind a reverse proxy', () => {
  const forwardedLogin = async (server: TestServer) => {
    const { email, password } = await server.signIn('staff');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '195.159.103.82' },
      body: JSON.stringify({ query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, variables: { e: email, p: password } }),
    });
    return response.headers.get('x-request-id') ?? '';
  };
  const ipOf = async (server: TestServer, requestId: string) => {
    const [entry] = await server.db.select().from(tables.auditLog).where(eq(tables.auditLog.requestId, requestId));
    return entry?.ipAnonymised;
  };

  it('ignores X-Forwarded-For unless the proxy is trusted, and anonymises the forwarded address', async () => {
    const direct = await startTestServer();
    const proxied = await startTestServer({ TRUST_PROXY: '127.0.0.1' });
    try {
      expect(await ipOf(direct, await forwardedLogin(direct))).toBe('127.0.0.0');
      expect(await ipOf(proxied, await forwardedLogin(proxied))).toBe('195.159.103.0');
    } finally {
      await direct.close();
      await proxied.close();
    }
  });
});
