import { describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app';
import type { Browser } from '../support/browser';
import { setUpJourney } from '../support/journey-setup';
import { checkPage, heading, logIn } from '../support/journey';

let app: RunningApp;
let browser: Browser;
setUpJourney((started) => ({ app, browser } = started));

describe('finding a candidate and reading the consent timeline', () => {
  it('a partner searches, opens the candidate and reads the history per purpose', async () => {
    const { page } = browser;
    await logIn(page, app.baseUrl, 'partner');
    // Partners start on the overview.
    await heading(page, 'Oversikt').waitFor();
    expect(new URL(page.url()).pathname).toBe('/oversikt');
    await checkPage(page, 'consent-timeline-1-overview');

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kandidater' }).click();
    await heading(page, 'Kandidater').waitFor();
    const rows = page.getByRole('table', { name: 'Kandidater' }).locator('tbody tr');
    await rows.first().waitFor();
    const name = ((await rows.first().getByRole('rowheader').textContent()) ?? '').trim();
    await page.getByRole('searchbox', { name: 'Søk' }).fill(name);
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeLessThan(25);
    await page.getByRole('link', { name, exact: true }).first().click();

    await heading(page, name).waitFor();
    expect(await page.title()).toBe(`${name} – Personvernregister`);
    const history = page.getByRole('region', { name: 'Historikk per formål' });
    await history.getByRole('status').filter({ hasText: /hendelse/ }).waitFor();
    // The demo candidates were registered with consent: the register's timeline is there.
    const timeline = history.getByRole('region', { name: 'Kandidatregisteret' });
    await timeline.waitFor();
    const events = timeline.getByRole('listitem');
    expect(await events.count()).toBeGreaterThan(0);
    await expect.poll(async () => (await events.first().textContent()) ?? '').toMatch(/Gitt|Trukket/);
    // Evidence and who recorded it are shown with each event.
    expect(await events.first().textContent()).toMatch(/Registrert \d{2}\.\d{2}\.\d{4}/);
    // The current state agrees with the newest event of that timeline.
    const current = page.getByRole('region', { name: 'Gjeldende samtykker' }).getByRole('listitem').filter({ hasText: 'Kandidatregisteret' });
    expect(await current.textContent()).toContain((await events.first().textContent())?.includes('Gitt') ? 'Gitt' : 'Trukket');
    await checkPage(page, 'consent-timeline-2-candidate');

    // Filtering the history by action narrows it to matching events only.
    await history.getByRole('combobox', { name: 'Hendelse' }).selectOption('withdrawn');
    await expect.poll(async () => history.getByRole('listitem').filter({ hasText: 'Gitt' }).count()).toBe(0);
  });
});
