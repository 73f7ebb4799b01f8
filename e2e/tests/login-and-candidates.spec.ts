import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/accessibility';
import { startApp, type RunningApp } from '../support/app';
import { openBrowser, type Browser } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';

// The demo partner from api/src/seed/demo-logins.ts (demo mode only).
const partner = { email: 'partner@demo.example', password: 'demo-partner-2026' };

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await openBrowser();
});

// Each journey starts signed out, whatever the one before it left behind.
beforeEach(async () => {
  await browser.context.clearCookies();
  browser.pageErrors.length = 0;
});

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('signing in and finding a candidate', () => {
  it('a partner logs in, searches the candidates and logs out', async () => {
    const { page } = browser;
    await page.goto(`${app.baseUrl}/`);

    await loginHeading(page).waitFor();
    expect(new URL(page.url()).pathname).toBe('/logg-inn');
    expect(await page.title()).toBe('Logg inn – Personvernregister');
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'login-and-candidates-1-login');

    await logInAsPartner(page);
    // Partners start on the overview; the candidates are one click away.
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/oversikt');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kandidater' }).click();
    await candidatesHeading(page).waitFor();
    expect(new URL(page.url()).pathname).toBe('/kandidater');
    expect(await page.title()).toBe('Kandidater – Personvernregister');
    const rows = page.getByRole('table', { name: 'Kandidater' }).locator('tbody tr');
    await rows.first().waitFor();
    const everyone = await shownCount(page);
    expect(everyone.total).toBeGreaterThan(1);
    expect(await rows.count()).toBe(everyone.shown);
    await page.getByText('Ingen kandidater funnet').waitFor({ state: 'detached' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'login-and-candidates-2-list');

    // The next page (keyset cursor) is added below the rows already shown.
    const firstName = await rows.first().getByRole('rowheader').textContent();
    await page.getByRole('button', { name: 'Vis flere' }).click();
    const twoPages = Math.min(everyone.total, everyone.shown * 2);
    await expect.poll(async () => (await shownCount(page)).shown, { timeout: 15_000 }).toBe(twoPages);
    expect(await rows.count()).toBe(twoPages);
    expect(await rows.first().getByRole('rowheader').textContent()).toBe(firstName);

    // Search for one candidate by name: the list narrows to rows that match.
    const name = (await rows.first().getByRole('rowheader').textContent())?.trim() ?? '';
    expect(name).not.toBe('');
    await page.getByRole('searchbox', { name: 'Søk' }).fill(name);
    await expect.poll(async () => (await shownCount(page)).total, { timeout: 15_000 }).toBeLessThan(everyone.total);
    const names = await rows.getByRole('rowheader').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const shown of names) expect(shown.toLowerCase()).toContain(name.toLowerCase());
    expect(new URL(page.url()).searchParams.get('sok')).toBe(name);
    await saveScreenshot(page, 'login-and-candidates-3-search');

    await page.getByRole('searchbox', { name: 'Søk' }).fill('ingen-heter-dette');
    await page.getByText('Ingen kandidater funnet').waitFor();
    expect(await rows.count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await loginHeading(page).waitFor();
    expect(new URL(page.url()).pathname).toBe('/logg-inn');

    // The session is over on the server too, not just in this tab.
    await page.goto(`${app.baseUrl}/kandidater`);
    await loginHeading(page).waitFor();
    expect(new URL(page.url()).pathname).toBe('/logg-inn');
  });

  it('a wrong password is refused on the form, without saying which part was wrong', async () => {
    const { page } = browser;
    await page.goto(`${app.baseUrl}/logg-inn`);
    await loginHeading(page).waitFor();

    // Checked in the browser first, with the API's own schema.
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Skriv inn en gyldig e-postadresse.').waitFor();
    await page.getByText('Skriv inn passordet ditt.').waitFor();

    await field(page, 'E-post').fill(partner.email);
    await field(page, 'Passord').fill('not-the-password');
    await page.getByRole('button', { name: 'Logg inn' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Feil e-post eller passord.' });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe('/logg-inn');
    expect(await field(page, 'Passord').inputValue()).toBe('');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'login-wrong-password');
  });

  it('a session that ends on the server leads to the login page, and back to the same list after login', async () => {
    const { page } = browser;
    await page.goto(`${app.baseUrl}/kandidater`);
    await loginHeading(page).waitFor();
    await logInAsPartner(page);
    await candidatesHeading(page).waitFor();

    // As if the server had ended the session (idle timeout): the next request is refused.
    await browser.context.clearCookies();
    await page.getByRole('combobox', { name: 'Status' }).selectOption('placed');

    await loginHeading(page).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/logg-inn');
    expect(url.searchParams.get('neste')).toBe('/kandidater?status=placed');

    await logInAsPartner(page);
    await candidatesHeading(page).waitFor();
    expect(new URL(page.url()).search).toBe('?status=placed');
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('placed');
  });
});

async function logInAsPartner(page: Page) {
  await field(page, 'E-post').fill(partner.email);
  await field(page, 'Passord').fill(partner.password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

const candidatesHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Kandidater' });
const loginHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Logg inn' });

/** "Viser 25 av 60 kandidater" → { shown: 25, total: 60 }; no hits → zeros. */
async function shownCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.getByRole('status').filter({ hasText: /^Viser|^Ingen treff/ }).textContent()) ?? '';
  const match = /Viser (\d+) av (\d+)/.exec(text);
  return match ? { shown: Number(match[1]), total: Number(match[2]) } : { shown: 0, total: 0 };
}

// By role and accessible name: the visible label also carries Mantine's "required" asterisk.
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
