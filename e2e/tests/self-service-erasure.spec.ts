import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/accessibility';
import { startApp, type RunningApp } from '../support/app';
import { openBrowser, type Browser } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';

// The demo partner from api/src/seed/demo-logins.ts (demo mode only).
const partner = { email: 'partner@demo.example', password: 'demo-partner-2026' };

type Candidate = { id: string; fullName: string; email: string | null };

/**
 * "Min konto": a candidate asks for a link on the website, opens it from the email, and deletes
 * all their data. Without SMTP the mail stays in the outbox, where the partner's `outbox`
 * query finds it, as a person would find it in their inbox.
 */
describe('a candidate deletes their own data from the emailed link', () => {
  let app: RunningApp;
  let browser: Browser;
  let cookie = '';
  const graphql = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie()[0];
    if (setCookie) cookie = setCookie.split(';')[0] ?? '';
    return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  };

  beforeAll(async () => {
    app = await startApp();
    browser = await openBrowser();
    const login = await graphql(`mutation($email: String!, $password: String!) { login(email: $email, password: $password) { role } }`, partner);
    expect(login.data?.login.role).toBe('partner');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('asks for a link, sees the data, confirms erasure, and is gone from the register', async () => {
    const listed = await graphql(`{ candidates(first: 50) { nodes { id fullName email } } }`);
    const candidate = (listed.data?.candidates.nodes as Candidate[]).find((c) => c.email);
    if (!candidate?.email) throw new Error('the demo data has no candidate with an email');

    // The website's "Min konto" form.
    const asked = await fetch(`${app.baseUrl}/public/my-account/link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: candidate.email }),
    });
    expect(asked.status).toBe(202);

    const outbox = await graphql(`{ outbox(first: 20) { nodes { kind to subject text sentAt } } }`);
    const mail = (outbox.data?.outbox.nodes as { kind: string; to: string; text: string; sentAt: string | null }[]).find(
      (m) => m.kind === 'self_service_link' && m.to === candidate.email,
    );
    expect(mail?.sentAt).toBeNull();
    const link = /https?:\/\/\S+\/min-konto\?token=[A-Za-z0-9_-]+/.exec(mail?.text ?? '')?.[0];
    if (!link) throw new Error('no Min konto link in the mail');

    const { page, pageErrors } = browser;
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await page.getByText(candidate.fullName, { exact: true }).waitFor();
    await page.getByText(candidate.email, { exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'self-service-erasure-1-my-account');

    await page.getByRole('button', { name: 'Slett alle mine data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Slette alle dine data?' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'self-service-erasure-2-confirm');

    await page.getByRole('button', { name: 'Ja, slett alt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dine data er slettet' }).waitFor();
    await saveScreenshot(page, 'self-service-erasure-3-erased');

    // The register no longer has the candidate, and the link is used up.
    const after = await graphql(`query($id: ID!) { candidate(id: $id) { id } }`, { id: candidate.id });
    expect(after.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const search = await graphql(`query($search: String) { candidates(first: 5, filter: { search: $search }) { totalCount } }`, { search: candidate.email });
    expect(search.data?.candidates.totalCount).toBe(0);
    expect(pageErrors).toEqual([]);
    // (Chromium logs the 4xx status of this page as a console error, so it comes after the check above.)
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Lenken er ugyldig eller utløpt' }).waitFor();
  });
});
