import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';

/**
 * What `pnpm start` promises a new user: a ready server on a fresh embedded database with
 * demo data in every area, reachable with the printed demo login.
 */
describe('the product as started', () => {
  let app: RunningApp;
  let cookie = '';
  const graphql = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie()[0];
    if (setCookie) cookie = setCookie.split(';')[0] ?? '';
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('answers /healthz and /readyz and serves the dashboard', async () => {
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.baseUrl}/readyz`)).status).toBe(200);
    const page = await fetch(`${app.baseUrl}/kandidater`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });

  it('returns demo data for each of the five areas', async () => {
    const login = await graphql(`mutation { login(email: "partner@demo.example", password: "demo-partner-2026") { role } }`);
    expect(login.data?.login.role).toBe('partner');
    const { data, errors } = await graphql(`{
      candidates(first: 5) { totalCount nodes { id consents { purpose granted } } }
      cases(first: 5) { nodes { id callNoteCount } }
      subscribers(first: 5) { totalCount }
      processors(first: 10) { nodes { name agreements { reviewDueOn } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.candidates.totalCount).toBeGreaterThan(0);
    expect(data.candidates.nodes[0].consents.length).toBeGreaterThan(0);
    expect(data.cases.nodes.some((c: { callNoteCount: number }) => c.callNoteCount > 0)).toBe(true);
    expect(data.subscribers.totalCount).toBeGreaterThan(0);
    expect(data.processors.nodes.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['WP-Hosting AS', 'Evolve Communication AS', 'Google Analytics', 'Google Tag Manager']),
    );
    const history = await graphql(`query($id: ID!) { consentHistory(subject: { candidateId: $id }) { nodes { action purpose } } }`, {
      id: data.candidates.nodes[0].id,
    });
    expect(history.errors).toBeUndefined();
    expect(history.data.consentHistory.nodes.length).toBeGreaterThan(0);
  });

  it('refuses introspection in production', async () => {
    const result = await graphql(`{ __schema { queryType { name } } }`);
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
