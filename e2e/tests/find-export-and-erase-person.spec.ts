import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { openBrowser, type Browser } from '../support/browser';
import { checkPage, demoLogins, heading, logIn } from '../support/journey';

type Candidate = {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  callNoteCount: number;
  consents: { purpose: string }[];
  shares: { recipient: string }[] | null;
};

let app: RunningApp;
let browser: Browser;
let cookie = '';

/** The partner's own API session, to pick a demo candidate the way the seed left them. */
async function graphql(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.getSetCookie()[0];
  if (setCookie) cookie = setCookie.split(';')[0] ?? '';
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

beforeAll(async () => {
  app = await startApp();
  browser = await openBrowser();
  const login = await graphql(`mutation($email: String!, $password: String!) { login(email: $email, password: $password) { role } }`, demoLogins.partner);
  expect(login.data?.login.role).toBe('partner');
});
afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('finding a person everywhere, exporting and erasing them', () => {
  it('a partner searches by phone, downloads the JSON, and erases the person after checking the password', async () => {
    // A demo candidate with a Norwegian phone, consents, call notes and a CV sent to a client.
    const listed = await graphql(`{ candidates(first: 100) { nodes { id fullName email phone callNoteCount consents { purpose } shares { recipient } } } }`);
    const candidate = (listed.data?.candidates.nodes as Candidate[]).find(
      (c) => c.email && c.phone?.startsWith('+47') && c.callNoteCount > 0 && c.consents.length > 0 && (c.shares?.length ?? 0) > 0,
    );
    if (!candidate?.email || !candidate.phone || !candidate.shares) throw new Error('the demo data has no candidate with a phone, notes, consents and a share');
    const localNumber = candidate.phone.slice(3);
    const recipient = candidate.shares[0]?.recipient ?? '';

    const { page } = browser;
    await logIn(page, app.baseUrl, 'partner');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Personer' }).click();
    await heading(page, 'Personer').waitFor();

    // The candidate page leads here for partners, by id.
    await page.goto(`${app.baseUrl}/kandidater/${candidate.id}`);
    await heading(page, candidate.fullName).waitFor();
    await page.getByRole('link', { name: 'Innsyn og sletting' }).click();
    // Opened from a link, the panel is still named: the API's summary carries the name.
    await page.getByRole('heading', { level: 2, name: candidate.fullName }).waitFor();
    expect(new URL(page.url()).searchParams.get('candidateId')).toBe(candidate.id);
    await page.getByRole('button', { name: 'Lukk', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: candidate.fullName }).waitFor({ state: 'detached' });

    // An email is passed in navigation state only: one in the address is not read.
    await page.goto(`${app.baseUrl}/personer?email=${encodeURIComponent(candidate.email)}`);
    await heading(page, 'Personer').waitFor();
    await page.getByRole('search', { name: 'Finn en person' }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(0);
    await page.goto(`${app.baseUrl}/personer`);
    await heading(page, 'Personer').waitFor();

    // Norwegian numbers without +47; the search text never reaches the address bar.
    const search = page.getByRole('search', { name: 'Finn en person' });
    await search.getByRole('searchbox', { name: 'Søk etter en person' }).fill(localNumber);
    await search.getByRole('button', { name: 'Søk' }).click();
    const candidates = page.getByRole('region', { name: 'Kandidater' });
    await candidates.getByRole('link', { name: candidate.fullName }).waitFor();
    await page.getByRole('region', { name: 'Samtalenotater' }).getByRole('listitem').first().waitFor();
    expect(page.url()).not.toContain(localNumber);
    await checkPage(page, 'find-person-1-matches');

    await candidates.getByRole('button', { name: `Innsyn og sletting for ${candidate.fullName}` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('candidateId')).toBe(candidate.id);
    const panel = page.getByRole('region', { name: candidate.fullName });
    const exportSection = panel.getByRole('region', { name: 'Innsyn og dataportabilitet' });
    await exportSection.getByText(/oppføringer i alt/).waitFor();
    await checkPage(page, 'find-person-2-subject');

    // The machine-readable export holds the candidate.
    const [download] = await Promise.all([page.waitForEvent('download'), exportSection.getByRole('link', { name: 'Last ned maskinlesbar fil (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dataportabilitet-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { candidate: { id: string; fullName: string; email: string }[]; callNotes?: unknown[] };
    expect(exported.candidate).toEqual([expect.objectContaining({ id: candidate.id, fullName: candidate.fullName, email: candidate.email })]);

    // The dialog lists what goes, what stays without the person, and who got the CV.
    await panel.getByRole('button', { name: 'Slett personen …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slette alle opplysninger om personen?' });
    await dialog.getByText('Kandidatprofilen', { exact: true }).waitFor();
    await dialog.getByText(/samtalenotate?r? blir stående/).waitFor();
    await dialog.getByText(/revisjonsloggen beholdes/).waitFor();
    await dialog.getByRole('region', { name: 'Kunder som har fått CV-en' }).getByText(recipient, { exact: true }).first().waitFor();
    await checkPage(page, 'find-person-3-erasure-dialog');

    // Neither box nor password: both say what is missing.
    await dialog.getByRole('button', { name: 'Slett for godt' }).click();
    await dialog.getByText('Bekreft at du forstår at slettingen ikke kan angres.').waitFor();
    await dialog.getByRole('checkbox', { name: 'Jeg forstår at dette ikke kan angres' }).check();
    const password = dialog.getByLabel('Passordet ditt');
    await password.fill('not-the-password');
    await dialog.getByRole('button', { name: 'Slett for godt' }).click();
    await dialog.getByText('Feil passord. Prøv igjen.').waitFor();
    // On the field itself: the input is described by the message.
    const describedBy = (await password.getAttribute('aria-describedby'))?.split(/\s+/).filter(Boolean) ?? [];
    const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions).toContain('Feil passord. Prøv igjen.');
    // Nothing was erased by the wrong password.
    expect((await graphql(`query($id: ID!) { candidate(id: $id) { id } }`, { id: candidate.id })).data?.candidate?.id).toBe(candidate.id);

    await password.fill(demoLogins.partner.password);
    await dialog.getByRole('button', { name: 'Slett for godt' }).click();
    await dialog.waitFor({ state: 'detached' });
    const result = panel.getByRole('status', { name: 'Personen er slettet' });
    await result.getByText('Slettebevis', { exact: true }).waitFor();
    await result.getByText(recipient, { exact: true }).first().waitFor();
    await checkPage(page, 'find-person-4-erased');

    // Searching again finds nothing on the person.
    await search.getByRole('button', { name: 'Søk' }).click();
    await page.getByText(`Fant ingen opplysninger om «${localNumber}».`).waitFor();
    await search.getByRole('searchbox', { name: 'Søk etter en person' }).fill(candidate.email);
    await search.getByRole('button', { name: 'Søk' }).click();
    await page.getByText(`Fant ingen opplysninger om «${candidate.email}».`).waitFor();
  });
});
