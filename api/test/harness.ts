import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserRole } from '@pvr/db/schema';
import { openDatabase } from '@pvr/db';
import { createTestDatabase, type TestDatabase } from '@pvr/db/testing';
import { loadConfig, type Config } from '../src/config.ts';
import { insertUser } from '../src/features/users/users.admin.ts';
import { buildServer } from '../src/server.ts';

export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  /** SQL statements the server sent for this request (x-sql-statements). */
  statements: number;
  /** The server's id for this request, as written in the audit log. */
  requestId: string;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
};

/** A GraphQL client over real HTTP that keeps its session cookie, like a browser tab. */
export class TestClient {
  cookie: string | undefined;
  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'statements' | 'requestId'>;
    return {
      status: response.status,
      statements: Number(response.headers.get('x-sql-statements')),
      requestId: response.headers.get('x-request-id') ?? '',
      ...body,
    };
  }

  /** Like request, but fails the test on any GraphQL error and returns the data. */
  async data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    const response = await fetch(`${this.baseUrl}${path}`, { ...init, headers });
    const setCookie = response.headers.getSetCookie();
    for (const line of setCookie) {
      const [pair = ''] = line.split(';');
      const cleared = /expires=Thu, 01 Jan 1970/i.test(line) || /Max-Age=0/i.test(line);
      this.cookie = cleared ? undefined : pair;
    }
    return response;
  }
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** A real HTTP server on a fresh database (PostgreSQL or PGlite per TEST_DRIVER). */
export async function startTestServer(overrides: Record<string, string> = {}) {
  const database: TestDatabase = await createTestDatabase();
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'pvr-test-')),
    SECRET_KEY: 'test-secret-key-0123456789abcdef0123456789abcdef',
    ...overrides,
  });
  // On PostgreSQL the server acts as the least-privileged application role, as in production;
  // the test itself keeps the owner's handle (`db`) for fixtures and direct checks.
  const serverDatabase = database.url ? await openDatabase({ url: database.url, appRole: 'pvr_app', maxConnections: 5 }) : database;
  const app = await buildServer({ database: serverDatabase, config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const password = 'correct horse battery staple';
  /** Creates a user with that role and returns a client signed in as them. */
  async function signIn(role: UserRole, fullName = `Test ${role}`) {
    const email = `${role}.${randomUUID().slice(0, 8)}@example.test`;
    const user = await insertUser(database.db, { email, fullName, role, password });
    const client = new TestClient(url);
    await client.data(`mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`, { email, password });
    return { user, client, email, password };
  }

  return {
    url,
    app,
    config,
    database,
    db: database.db,
    /** The handle the server itself uses (as pvr_app on PostgreSQL), for what is kept per pool. */
    serverDb: serverDatabase.db,
    signIn,
    anonymous: () => new TestClient(url),
    close: async () => {
      await app.close();
      if (serverDatabase !== database) await serverDatabase.close();
      await database.close();
    },
  };
}
