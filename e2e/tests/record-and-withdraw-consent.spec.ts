import { describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app';
import type { Browser } from '../support/browser';
import { setUpJourney } from '../support/journey-setup';
import { checkPage, heading, logIn, notification, textbox } from '../support/journey';

let app: RunningApp;
let browser: Browser;
setUpJourney((started) => ({ app, browser } = started));

/** `2026-07-01T12:00`: a wall-clock time in Oslo, as a datetime field takes it. */
function osloLocal(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

describe('recording and withdrawing a consent', () => {
  it('a partner records a grant with its evidence, withdraws it as easily, and sees the timeline change', async () => {
    const { page } = browser;
    await logIn(page, app.baseUrl, 'partner');

    // A candidate of this journey's own, created through the form.
    await page.goto(`${app.baseUrl}/kandidater`);
    await heading(page, 'Kandidater').waitFor();
    await page.getByRole('button', { name: 'Ny kandidat' }).click();
    const create = page.getByRole('dialog', { name: 'Ny kandidat' });
    await textbox(create, 'Fullt navn').fill('Siri Samtykke');
    await textbox(create, 'E-post').fill('siri.samtykke@example.test');
    await create.getByRole('button', { name: 'Opprett kandidat' }).click();
    await heading(page, 'Siri Samtykke').waitFor();

    const current = page.getByRole('region', { name: 'Gjeldende samtykker' });
    const history = page.getByRole('region', { name: 'Historikk per formål' });
    await current.getByText('Ingen samtykker er registrert for denne personen.').waitFor();

    // Grant: web analytics, given on the phone, with a note as evidence.
    await current.getByRole('button', { name: 'Registrer samtykke' }).click();
    const record = page.getByRole('dialog', { name: 'Registrer samtykke eller tilbaketrekking' });
    await record.getByRole('combobox', { name: 'Formål' }).selectOption('web_analytics');
    await record.getByRole('combobox', { name: 'Hvordan' }).selectOption('phone');
    await textbox(record, 'Merknad (bevis)').fill('Sa ja til nettstatistikk i telefonen');
    await checkPage(page, 'consent-1-record');
    await record.getByRole('button', { name: 'Registrer' }).click();
    await notification(page, 'Samtykket er registrert').waitFor();
    await record.waitFor({ state: 'detached' });

    const analytics = history.getByRole('region', { name: 'Nettstatistikk' });
    await analytics.getByRole('listitem').first().waitFor();
    expect(await analytics.getByRole('listitem').count()).toBe(1);
    expect(await analytics.getByRole('listitem').first().textContent()).toMatch(/Gitt.*Telefon.*Sa ja til nettstatistikk i telefonen/s);
    await expect.poll(async () => (await current.getByRole('listitem').filter({ hasText: 'Nettstatistikk' }).textContent()) ?? '').toContain('Gitt');
    await checkPage(page, 'consent-2-granted');

    // Withdraw: one button on the current state, the form filled in for a withdrawal.
    await current.getByRole('button', { name: 'Trekk tilbake samtykke til Nettstatistikk' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Registrer samtykke eller tilbaketrekking' });
    expect(await withdraw.getByRole('radio', { name: 'Trukket' }).isChecked()).toBe(true);
    expect(await withdraw.getByRole('combobox', { name: 'Formål' }).inputValue()).toBe('web_analytics');
    await withdraw.getByText('En tilbaketrekking gjelder straks.', { exact: false }).waitFor();
    await withdraw.getByRole('combobox', { name: 'Hvordan' }).selectOption('email');
    await textbox(withdraw, 'Merknad (bevis)').fill('Ba om å slippe nettstatistikk i e-post');
    await withdraw.getByRole('button', { name: 'Registrer' }).click();
    await notification(page, 'Samtykket er registrert').waitFor();

    // The history grew (never changed): the withdrawal is newest, the grant is still there.
    await expect.poll(() => analytics.getByRole('listitem').count()).toBe(2);
    expect(await analytics.getByRole('listitem').first().textContent()).toMatch(/Trukket.*E-post/s);
    expect(await analytics.getByRole('listitem').last().textContent()).toContain('Gitt');
    await expect.poll(async () => (await current.getByRole('listitem').filter({ hasText: 'Nettstatistikk' }).textContent()) ?? '').toContain('Trukket');
    expect(await current.getByRole('button', { name: /Trekk tilbake samtykke til Nettstatistikk/ }).count()).toBe(0);

    // "As of a minute from now, did we have it?" — no, it was withdrawn.
    const asOf = page.getByRole('region', { name: 'Samtykke på et tidspunkt' });
    await asOf.getByRole('combobox', { name: 'Formål' }).selectOption('web_analytics');
    await asOf.getByLabel('Tidspunkt').fill(osloLocal(new Date(Date.now() + 60_000)));
    await asOf.getByRole('button', { name: 'Sjekk' }).click();
    await asOf.getByText(/Nei – samtykket var trukket/).waitFor();
    await checkPage(page, 'consent-3-withdrawn');
  });
});
