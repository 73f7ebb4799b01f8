import { describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app';
import type { Browser } from '../support/browser';
import { setUpJourney } from '../support/journey-setup';
import { checkPage, heading, logIn } from '../support/journey';

let app: RunningApp;
let browser: Browser;
setUpJourney((started) => ({ app, browser } = started));

describe('a staff member is not offered what they may not do', () => {
  it('no registers, no CVs, no partner actions; a typed address says no access', async () => {
    const { page } = browser;
    await logIn(page, app.baseUrl, 'staff');
    await heading(page, 'Saker').waitFor();
    expect(new URL(page.url()).pathname).toBe('/saker');

    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect((await menu.getByRole('link').allTextContents()).map((s) => s.trim())).toEqual(['Saker', 'Kandidater', 'Samtykker']);
    for (const hidden of ['Oversikt', 'Nyhetsbrev', 'Behandlere', 'Revisjonslogg', 'Utboks']) {
      expect(await menu.getByRole('link', { name: hidden }).count()).toBe(0);
    }
    // Staff log notes and record consent, but open no cases.
    await page.getByRole('button', { name: /Nytt samtalenotat/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Ny sak' }).count()).toBe(0);
    await checkPage(page, 'staff-1-cases');

    // A case they work on: notes with their text, but no closing or member changes.
    await page.getByRole('table', { name: 'Saker' }).locator('tbody tr').first().getByRole('link').click();
    await page.getByRole('region', { name: /Samtalenotater/ }).waitFor();
    expect(await page.getByRole('button', { name: /Lukk saken|Gjenåpne saken/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Fjern/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Legg til' }).count()).toBe(0);

    // A candidate: profile and consents, no CV documents, no editing, no sharing.
    await menu.getByRole('link', { name: 'Kandidater' }).click();
    await heading(page, 'Kandidater').waitFor();
    expect(await page.getByRole('button', { name: 'Ny kandidat' }).count()).toBe(0);
    await page.getByRole('table', { name: 'Kandidater' }).locator('tbody tr').first().getByRole('link').click();
    await page.getByRole('region', { name: 'Gjeldende samtykker' }).waitFor();
    expect(await page.getByRole('heading', { name: 'CV-dokumenter' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Last ned/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Rediger profil' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Delt med kunder' }).count()).toBe(0);
    // Recording consent they received is theirs to do.
    await page.getByRole('button', { name: 'Registrer samtykke' }).waitFor();
    await checkPage(page, 'staff-2-candidate');

    // A typed address to a register they may not see: refused on the page, not just hidden.
    for (const path of ['/behandlere', '/nyhetsbrev', '/revisjonslogg', '/oversikt']) {
      await page.goto(`${app.baseUrl}${path}`);
      await heading(page, 'Ingen tilgang').waitFor();
    }
    await checkPage(page, 'staff-3-no-access');
  });
});
