import { describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app';
import type { Browser } from '../support/browser';
import { setUpJourney } from '../support/journey-setup';
import { checkPage, heading, logIn, notification, textbox } from '../support/journey';

let app: RunningApp;
let browser: Browser;
setUpJourney((started) => ({ app, browser } = started));

const activityName = 'Oppfølging av testkunder';

describe('the record of processing activities and the privacy statement lists', () => {
  it('a partner records an activity with a processor, downloads the record, and reads the statement lists', async () => {
    const { page } = browser;
    await logIn(page, app.baseUrl, 'partner');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Behandlingsprotokoll' }).click();
    await heading(page, 'Behandlingsprotokoll').waitFor();
    // The demo record is there, each activity with its basis named by its Art. 6(1) letter.
    const newsletter = page.getByRole('article', { name: 'Nyhetsbrev', exact: true });
    await newsletter.getByText('Samtykke (art. 6 nr. 1 bokstav a)').waitFor();
    await checkPage(page, 'record-1-list');

    await page.getByRole('button', { name: 'Ny behandlingsaktivitet' }).click();
    const form = page.getByRole('dialog', { name: 'Ny behandlingsaktivitet' });
    // Saving empty: the API's own rules name the missing fields, in Norwegian.
    await form.getByRole('button', { name: 'Lagre' }).click();
    await form.getByText('Må fylles ut.').first().waitFor();
    expect(await form.getByText('Må fylles ut.').count()).toBe(3);

    // A name the record already has: the API refuses it, and says so on the name field.
    await textbox(form, 'Navn på behandlingen').fill('Nyhetsbrev');
    await textbox(form, 'Formål').fill('Følge opp kunder i løpende oppdrag.');
    await textbox(form, 'Sikkerhetstiltak').fill('Tilgangsstyring per rolle og kryptert forbindelse.');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await form.getByText('Det finnes allerede en behandlingsaktivitet med dette navnet.').waitFor();
    expect(await form.getByText('Må fylles ut.').count()).toBe(0);

    await textbox(form, 'Navn på behandlingen').fill(activityName);
    await form.getByRole('combobox', { name: 'Behandlingsgrunnlag' }).selectOption('legitimate_interests');
    // Lists are tag inputs: each entry ends with Enter.
    const subjects = form.getByLabel('Kategorier av registrerte', { exact: true });
    await subjects.fill('kontaktpersoner hos kunder');
    await subjects.press('Enter');
    const data = form.getByLabel('Kategorier av personopplysninger', { exact: true });
    await data.fill('navn');
    await data.press('Enter');
    await data.fill('e-post');
    await data.press('Enter');
    const processors = form.getByLabel('Databehandlere og verktøy', { exact: true });
    await processors.fill('WP-Hosting');
    await page.getByRole('option', { name: 'WP-Hosting AS' }).click();
    await checkPage(page, 'record-2-form');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await notification(page, 'Behandlingsaktiviteten er lagret').waitFor();
    await form.waitFor({ state: 'detached' });

    const created = page.getByRole('article', { name: activityName });
    await created.waitFor();
    await created.getByText('Berettiget interesse (art. 6 nr. 1 bokstav f)').waitFor();
    await created.getByText('navn, e-post').waitFor();
    const processorLink = created.getByRole('link', { name: 'WP-Hosting AS' });
    expect(await processorLink.getAttribute('href')).toMatch(/^\/behandlere\/[0-9a-f-]{36}$/);
    await checkPage(page, 'record-3-saved');

    // Editing starts from what is recorded and keeps what is not changed.
    await created.getByRole('button', { name: `Rediger ${activityName}` }).click();
    const edit = page.getByRole('dialog', { name: 'Rediger behandlingsaktivitet' });
    expect(await textbox(edit, 'Navn på behandlingen').inputValue()).toBe(activityName);
    const recipients = edit.getByLabel('Mottakere', { exact: true });
    await recipients.fill('regnskapsfører');
    await recipients.press('Enter');
    await edit.getByRole('button', { name: 'Lagre' }).click();
    await edit.waitFor({ state: 'detached' });
    await created.getByText('regnskapsfører').waitFor();
    await processorLink.waitFor();

    // The CSV download holds the new activity; the printable document too.
    const csvLink = page.getByRole('link', { name: 'Last ned CSV' });
    expect(await csvLink.getAttribute('download')).toBe('behandlingsprotokoll.csv');
    const csv = await page.request.get(`${app.baseUrl}${await csvLink.getAttribute('href')}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const csvText = await csv.text();
    expect(csvText).toContain(activityName);
    expect(csvText).toContain('WP-Hosting AS');
    const printable = await page.request.get(`${app.baseUrl}${await page.getByRole('link', { name: 'Utskriftsvennlig versjon' }).getAttribute('href')}`);
    expect(printable.status()).toBe(200);
    expect(await printable.text()).toContain(activityName);

    // The statement's lists, one click away.
    await page.getByRole('navigation', { name: 'Deler av protokollen' }).getByRole('link', { name: 'Lister i personvernerklæringen' }).click();
    await heading(page, 'Lister i personvernerklæringen').waitFor();
    const frame = page.locator('iframe[title="Forhåndsvisning av listene i personvernerklæringen"]');
    // Sandboxed, and no scripts allowed in it.
    expect(await frame.getAttribute('sandbox')).not.toContain('allow-scripts');
    await frame.contentFrame().getByRole('heading', { name: 'Databehandlere og underleverandører:' }).waitFor();
    await frame.contentFrame().getByText(/^WP-Hosting AS/).waitFor();
    const markdown = page.locator('pre').filter({ hasText: '### Databehandlere og underleverandører:' });
    // Markdown escapes its own characters: the hyphen in the name is `\-`.
    expect(await markdown.textContent()).toContain('- WP\\-Hosting AS – ');
    await page.getByRole('link', { name: /\/public\/privacy-statement\/lists\.html$/ }).waitFor();
    await page.getByRole('button', { name: 'Kopier Markdown' }).waitFor();
    await checkPage(page, 'record-4-statement');
  });

  it('an auditor reads the record but is offered no changes', async () => {
    const { page } = browser;
    await browser.context.clearCookies();
    await logIn(page, app.baseUrl, 'auditor');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Behandlingsprotokoll' }).click();
    await heading(page, 'Behandlingsprotokoll').waitFor();
    await page.getByRole('article', { name: 'Nyhetsbrev', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Last ned CSV' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ny behandlingsaktivitet' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Rediger/ }).count()).toBe(0);
    await checkPage(page, 'record-5-auditor');
  });
});
