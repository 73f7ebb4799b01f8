import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningApp } from '../support/app';
import type { Browser } from '../support/browser';
import { setUpJourney } from '../support/journey-setup';
import { checkPage, heading, logIn, notification, textbox } from '../support/journey';

let app: RunningApp;
let browser: Browser;
setUpJourney((started) => ({ app, browser } = started));

/**
 * A receipt date whose day exists in every month (the 5th, this month or last), so "one
 * calendar month later" is the 5th of the next month, whatever day the journey runs.
 */
function receiptAndDeadline(): { received: string; due: string; extended: string } {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date()).split('-').map(Number) as [number, number, number];
  const month = d >= 5 ? m - 1 : m - 2; // zero-based month of receipt
  const fifth = (monthsLater: number) => new Date(Date.UTC(y, month + monthsLater, 5)).toISOString().slice(0, 10);
  return { received: fifth(0), due: fifth(1), extended: fifth(3) };
}

const norwegian = (date: string) => date.split('-').reverse().join('.');
const requester = 'Fristine Testesen';

async function takeStep(page: Page, button: string, dialogTitle: string, done: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await notification(page, done).waitFor();
  await dialog.waitFor({ state: 'detached' });
}

describe('a data-subject request and its deadline', () => {
  it('a partner registers an access request and takes it to completion; an auditor sees it but cannot act', async () => {
    const { page } = browser;
    const { received, due, extended } = receiptAndDeadline();
    await logIn(page, app.baseUrl, 'partner');
    // The overview's requests with a deadline near lead to the request itself.
    const dueSoon = page.getByRole('region', { name: 'Innsynsbegjæringer og andre krav' }).getByRole('link').first();
    const kind = (await dueSoon.textContent()) ?? '';
    await dueSoon.click();
    await heading(page, new RegExp(`^${kind} – `)).waitFor();
    expect(page.url()).toMatch(/\/foresporsler\/[0-9a-f-]{36}$/);

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Forespørsler' }).click();
    await heading(page, 'Forespørsler').waitFor();
    await checkPage(page, 'request-1-register');

    await page.getByRole('button', { name: 'Registrer forespørsel' }).click();
    const form = page.getByRole('dialog', { name: 'Registrer forespørsel' });
    await form.getByRole('combobox', { name: 'Hva ber de om?' }).selectOption('access');
    await form.getByLabel('Mottatt dato').fill(received);
    // Nothing to reach the requester by: the form says so on the email field.
    await textbox(form, 'Navn på den som spør').fill(requester);
    await form.getByRole('button', { name: 'Registrer' }).click();
    await form.getByText('Oppgi minst én av e-post, telefon eller kandidat.').waitFor();
    await textbox(form, 'E-post').fill('fristine.testesen@example.test');
    await checkPage(page, 'request-2-form');
    await form.getByRole('button', { name: 'Registrer' }).click();
    await notification(page, 'Forespørselen er registrert').waitFor();

    // The detail page: due one calendar month after receipt.
    await heading(page, `Innsyn – ${requester}`).waitFor();
    await page.getByText(`Svar innen ${norwegian(due)}`, { exact: true }).waitFor();
    expect(await page.locator('[data-countdown]').first().getAttribute('data-countdown')).toMatch(/^(left|today)$/);
    const person = page.getByRole('link', { name: 'Innsyn og sletting for personen' });
    // The email travels in navigation state, never in an address: only the request's id is in the link.
    expect(await person.getAttribute('href')).toMatch(/^\/personer\?requestId=[0-9a-f-]{36}$/);
    await checkPage(page, 'request-3-received');
    await person.click();
    const subject = page.getByRole('region', { name: 'fristine.testesen@example.test' });
    await subject.getByRole('link', { name: 'Åpne forespørselen' }).waitFor();
    await subject.getByText(/ i alt$/).waitFor();
    expect(page.url()).toMatch(/\/personer\?requestId=[0-9a-f-]{36}$/);
    await page.goBack();
    await heading(page, `Innsyn – ${requester}`).waitFor();

    // Asking for proof of identity stops the clock.
    await takeStep(page, 'Be om ID-bekreftelse', 'Be om ID-bekreftelse?', 'Fristen står stille til identiteten er bekreftet');
    await page.getByText('På vent – venter på ID-bekreftelse').first().waitFor();
    await checkPage(page, 'request-4-paused');
    await takeStep(page, 'Identitet bekreftet', 'Er identiteten bekreftet?', 'Identiteten er bekreftet');
    await page.getByText('På vent – venter på ID-bekreftelse').waitFor({ state: 'detached' });
    await takeStep(page, 'Start arbeidet', 'Starte arbeidet?', 'Forespørselen er under arbeid');

    // Extended once, by two months, with a reason.
    await page.getByRole('button', { name: 'Forleng fristen' }).click();
    const extend = page.getByRole('dialog', { name: 'Forleng fristen med to måneder' });
    await extend.getByRole('button', { name: 'Forleng fristen' }).click();
    await extend.getByText('Må fylles ut.').waitFor();
    await textbox(extend, 'Begrunnelse').fill('Forespørselen gjelder opplysninger i mange systemer.');
    await extend.getByRole('button', { name: 'Forleng fristen' }).click();
    await notification(page, 'Fristen er forlenget').waitFor();
    await extend.waitFor({ state: 'detached' });
    await page.getByText(`Svar innen ${norwegian(extended)}`, { exact: true }).waitFor();
    await page.getByText('Forespørselen gjelder opplysninger i mange systemer.').waitFor();
    expect(await page.getByRole('button', { name: 'Forleng fristen' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Fullfør' }).click();
    const complete = page.getByRole('dialog', { name: 'Fullføre forespørselen' });
    await textbox(complete, 'Hva ble gjort').fill('Kopi av opplysningene sendt på e-post.');
    await complete.getByRole('button', { name: 'Fullfør' }).click();
    await notification(page, 'Forespørselen er fullført').waitFor();
    await page.getByText('Forespørselen er avsluttet og kan ikke endres.', { exact: false }).waitFor();
    expect(await page.locator('[data-countdown]').first().getAttribute('data-countdown')).toBe('completed');

    await textbox(page, 'Ny kommentar').fill('Svaret ble sendt innen fristen.');
    await page.getByRole('button', { name: 'Legg til kommentar' }).click();
    await notification(page, 'Kommentaren er lagt til').waitFor();
    await page.getByText('Svaret ble sendt innen fristen.').waitFor();
    await checkPage(page, 'request-5-completed');

    // The auditor reads the register and the request, and is offered nothing to change.
    await browser.context.clearCookies();
    await logIn(page, app.baseUrl, 'auditor');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Forespørsler' }).click();
    await heading(page, 'Forespørsler').waitFor();
    const row = page.getByRole('row').filter({ hasText: requester });
    await row.waitFor();
    expect(await page.getByRole('button', { name: 'Registrer forespørsel' }).count()).toBe(0);
    await checkPage(page, 'request-6-auditor-register');
    await row.getByRole('link', { name: 'Innsyn' }).click();
    await heading(page, `Innsyn – ${requester}`).waitFor();
    await page.getByText('Svaret ble sendt innen fristen.').waitFor();
    expect(await page.getByRole('button').filter({ hasText: /Forleng|Fullfør|Avslå|Bytt saksbehandler|Legg til kommentar/ }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Ny kommentar' }).count()).toBe(0);
  });
});
