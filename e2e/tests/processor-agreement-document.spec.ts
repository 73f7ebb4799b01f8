import { describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app';
import type { Browser } from '../support/browser';
import { setUpJourney } from '../support/journey-setup';
import { checkPage, heading, logIn, notification, textbox } from '../support/journey';

let app: RunningApp;
let browser: Browser;
setUpJourney((started) => ({ app, browser } = started));

/** An Oslo calendar date some days from now, as a date field takes it. */
function daysFromNow(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(date);
}

describe('adding a processor agreement with a document', () => {
  it('a partner registers a processor, adds a signed agreement with its PDF, and sees the checklist and review date', async () => {
    const { page } = browser;
    await logIn(page, app.baseUrl, 'partner');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Behandlere' }).click();
    await heading(page, 'Behandlere og avtaler').waitFor();
    await checkPage(page, 'agreement-1-register');

    // The journey's own vendor.
    await page.getByRole('button', { name: 'Ny behandler' }).click();
    const vendor = page.getByRole('dialog', { name: 'Ny behandler' });
    await textbox(vendor, 'Navn').fill('Skyarkiv Testdrift AS');
    await textbox(vendor, 'Hva gjør de for oss?').fill('Lagring av sikkerhetskopier');
    await textbox(vendor, 'Opplysninger de kan nå').fill('kandidatprofiler, CV-er');
    await vendor.getByRole('button', { name: 'Lagre' }).click();
    await heading(page, 'Skyarkiv Testdrift AS').waitFor();
    await page.getByText('Mangler signert avtale').first().waitFor();

    await page.getByRole('button', { name: 'Ny avtale' }).click();
    const form = page.getByRole('dialog', { name: 'Ny avtale med Skyarkiv Testdrift AS' });
    await form.getByRole('combobox', { name: 'Status' }).selectOption('signed');
    await form.getByLabel('Signert dato').fill(daysFromNow(-30));
    // Due within 30 days: highlighted as due soon.
    const reviewDue = daysFromNow(10);
    await form.getByLabel('Neste gjennomgang').fill(reviewDue);
    // Every Art. 28(3) clause but (h).
    for (const letter of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
      await form.getByRole('checkbox', { name: new RegExp(`\\(${letter}\\)$`) }).check();
    }
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await form.locator('input[type="file"]').setInputFiles({ name: 'databehandleravtale-skyarkiv.pdf', mimeType: 'application/pdf', buffer: pdf });
    await form.getByText('databehandleravtale-skyarkiv.pdf').waitFor();
    await checkPage(page, 'agreement-2-form');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await notification(page, 'Avtalen er lagret').waitFor();
    await form.waitFor({ state: 'detached' });

    const agreement = page.getByRole('article', { name: 'Databehandleravtale' });
    await agreement.waitFor();
    expect(await agreement.textContent()).toContain('Signert');
    // Art. 28(3)(h) was left out: the checklist says so, and marks it.
    await agreement.getByText('1 punkt mangler').waitFor();
    expect(await agreement.locator('[data-missing]').count()).toBe(1);
    expect(await agreement.locator('[data-missing]').textContent()).toContain('(h)');
    // The review date is within 30 days: shown as due soon.
    const [y, m, d] = reviewDue.split('-');
    expect(await agreement.locator('[data-urgency="soon"]').textContent()).toBe(`Innen ${d}.${m}.${y}`);
    // Now signed: no longer listed as missing an agreement.
    await page.getByText('Mangler signert avtale').waitFor({ state: 'detached' });

    // The document downloads, as the PDF that was uploaded.
    const link = agreement.getByRole('link', { name: 'Last ned databehandleravtale-skyarkiv.pdf' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/files\/agreement-documents\//);
    const download = await page.request.get(`${app.baseUrl}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect((await download.body()).equals(pdf)).toBe(true);
    await checkPage(page, 'agreement-3-saved');
  });
});
