import { describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app';
import type { Browser } from '../support/browser';
import { setUpJourney } from '../support/journey-setup';
import { checkPage, demoLogins, heading, logIn, notification } from '../support/journey';

let app: RunningApp;
let browser: Browser;
setUpJourney((started) => ({ app, browser } = started));

/** An Oslo calendar date some days from today, as a date field takes it. */
function osloDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date(Date.now() + days * 86_400_000));
}

describe('retention and internal control', () => {
  it('a partner changes a rule, tries the job, applies it with the password, and attests a mailbox review', async () => {
    const { page } = browser;
    await logIn(page, app.baseUrl, 'partner');
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    // The overview's due work leads here.
    await heading(page, 'Oversikt').waitFor();
    await page.getByRole('region', { name: 'Sletting etter oppbevaringsregler' }).getByRole('link', { name: 'Samtalenotater i lukkede saker' }).click();
    await heading(page, 'Lagringstid og sletting').waitFor();
    await menu.getByRole('link', { name: 'Lagringstid' }).and(page.locator('[aria-current="page"]')).waitFor();
    const rules = page.getByRole('table', { name: 'Regler' });
    await rules.locator('tbody tr').first().waitFor();
    expect(await rules.locator('tbody tr').count()).toBe(6);
    const inquiries = rules.locator('tr[data-category="answered_inquiries"]');
    expect(await inquiries.locator('[data-duration]').textContent()).toBe('3 måneder');
    expect(await inquiries.textContent()).toContain('Besvarte henvendelser');
    await checkPage(page, 'retention-1-rules');

    // A clock the job cannot keep for the category: refused on its field.
    await page.getByRole('button', { name: 'Endre regelen for Besvarte henvendelser' }).click();
    const form = page.getByRole('dialog', { name: 'Endre regel: Besvarte henvendelser' });
    await form.getByRole('combobox', { name: 'Regnes fra' }).selectOption('last_activity');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await form.getByText('Slettejobben kan ikke regne denne kategorien fra dette tidspunktet.').waitFor();
    await checkPage(page, 'retention-2-rule-refused');
    // Put right, and kept for six months instead of three.
    await form.getByRole('combobox', { name: 'Regnes fra' }).selectOption('inquiry_answered');
    await form.getByRole('textbox', { name: 'Lagringstid i måneder' }).fill('6');
    await form.getByText('Tilsvarer 6 måneder.').waitFor();
    await form.getByRole('button', { name: 'Lagre' }).click();
    await notification(page, 'Regelen er lagret').waitFor();
    await form.waitFor({ state: 'detached' });
    await inquiries.locator('[data-duration]', { hasText: '6 måneder' }).waitFor();

    // A dry run: its report right away, nothing changed.
    await page.getByRole('button', { name: 'Prøvekjør' }).click();
    await notification(page, 'Prøvekjøringen er ferdig').waitFor();
    await page.getByRole('heading', { name: 'Resultat av prøvekjøringen' }).waitFor();
    const dryReport = page.getByRole('table', { name: 'Per regel' });
    const notesLine = dryReport.locator('tr[data-category="call_notes_after_case_closed"]');
    const dueNotes = Number(await notesLine.locator('[data-due]').textContent());
    // The demo data holds a case closed long enough ago for its notes to be due, and candidates
    // long inactive, who are warned before they can be deleted.
    expect(dueNotes).toBeGreaterThan(0);
    expect(await notesLine.locator('[data-applied]').textContent()).toBe('0');
    const candidatesLine = dryReport.locator('tr[data-category="inactive_candidates"]');
    const toWarn = Number(/Skal varsles: (\d+)/.exec((await candidatesLine.textContent()) ?? '')?.[1]);
    expect(toWarn).toBeGreaterThan(0);
    const runs = page.getByRole('table', { name: 'Kjøringer' });
    await runs.locator('tbody tr[data-mode="dry_run"][data-status="completed"]').first().waitFor();
    await checkPage(page, 'retention-3-dry-run');

    await page.getByRole('link', { name: 'Åpne rapporten' }).click();
    await heading(page, /^Rapport for kjøring /).waitFor();
    await page.getByText('Prøvekjøring · Fullført').waitFor();
    const report = page.getByRole('table', { name: 'Per regel' });
    expect(await report.locator('tr[data-category="call_notes_after_case_closed"] [data-due]').textContent()).toBe(String(dueNotes));
    await checkPage(page, 'retention-4-report');
    await page.getByRole('link', { name: /Lagringstid og sletting/ }).click();
    await heading(page, 'Lagringstid og sletting').waitFor();

    // Applying asks for the password; a wrong one is refused on the field.
    await page.getByRole('button', { name: 'Slett nå …' }).click();
    const confirm = page.getByRole('dialog', { name: 'Kjør slettejobben nå' });
    await confirm.getByLabel('Passordet ditt').fill('not-my-password');
    await confirm.getByRole('button', { name: 'Slett nå' }).click();
    await confirm.getByText('Feil passord.').waitFor();
    await checkPage(page, 'retention-5-password');
    await confirm.getByLabel('Passordet ditt').fill(demoLogins.partner.password);
    await confirm.getByRole('button', { name: 'Slett nå' }).click();
    await notification(page, 'Slettejobben er ferdig').waitFor();
    await confirm.waitFor({ state: 'detached' });
    const applied = runs.locator('tbody tr').first();
    await applied.and(page.locator('[data-mode="apply"][data-status="completed"]')).waitFor();
    expect(await applied.textContent()).toContain('Fullført');
    expect(await applied.textContent()).toMatch(/(\d+) av \1 behandlet/);
    await checkPage(page, 'retention-6-applied');

    // Its report: the notes that were due are deleted, and the inactive candidates warned.
    await applied.getByRole('link').click();
    await page.getByText('Sletting · Fullført').waitFor();
    const appliedReport = page.getByRole('table', { name: 'Per regel' });
    expect(await appliedReport.locator('tr[data-category="call_notes_after_case_closed"] [data-applied]').textContent()).toBe(`${dueNotes}Slettet`);
    expect(await appliedReport.locator('tr[data-category="inactive_candidates"]').textContent()).toContain(`Sendt: ${toWarn}`);
    await checkPage(page, 'retention-7-applied-report');

    // Internal control: an open mailbox review, attested with its checklist.
    await menu.getByRole('link', { name: 'Internkontroll' }).click();
    await heading(page, 'Internkontroll').waitFor();
    await page.getByRole('combobox', { name: 'Type' }).selectOption('mailbox_review');
    await page.getByRole('combobox', { name: 'Attestert' }).selectOption('nei');
    await page.waitForURL((url) => url.searchParams.get('type') === 'mailbox_review' && url.searchParams.get('attestert') === 'nei');
    const tasks = page.getByRole('table', { name: 'Internkontroll' });
    await tasks.locator('tbody tr[data-kind="mailbox_review"]').first().waitFor();
    await page.locator('table[aria-busy="false"]').waitFor();
    await checkPage(page, 'compliance-1-tasks');

    await tasks.getByRole('button', { name: /^Attester: Gjennomgang av e-postkasse/ }).first().click();
    const attest = page.getByRole('dialog', { name: /^Attester: Gjennomgang av e-postkasse – / });
    const title = await attest.getByRole('heading').first().textContent();
    const owner = title?.split(' – ').at(-1) ?? '';
    expect(owner).not.toBe('');
    // Not ticked: refused before it is sent.
    await attest.getByRole('button', { name: 'Attester' }).click();
    await attest.getByText('Kryss av for alle punktene på sjekklisten før du attesterer.').waitFor();
    await attest.getByRole('checkbox', { name: 'E-postkassen er gjennomgått og unødvendig innhold slettet' }).check();
    await attest.getByRole('textbox', { name: 'Merknader' }).fill('Gjennomgått sammen, gamle tråder slettet.');
    await checkPage(page, 'compliance-2-attest');
    await attest.getByRole('button', { name: 'Attester' }).click();
    await notification(page, 'Oppgaven er attestert').waitFor();
    await attest.waitFor({ state: 'detached' });

    // Attested: it leaves the open list (next year's review takes its place) and shows who attested.
    await page.getByRole('combobox', { name: 'Attestert' }).selectOption('ja');
    const attested = tasks.locator('tbody tr[data-attested]').filter({ hasText: owner });
    await attested.first().waitFor();
    expect(await attested.first().textContent()).toMatch(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} av Ingrid Demo Haugen/);
    await checkPage(page, 'compliance-3-attested');

    // A departure: the account is disabled at once, and the departure checklist opens.
    await page.getByRole('button', { name: 'Registrer fratredelse' }).click();
    const departure = page.getByRole('dialog', { name: 'Registrer fratredelse' });
    await departure.getByRole('combobox', { name: 'Hvem har sluttet?' }).selectOption({ label: 'Amir Haddad (Rådgiver)' });
    await departure.getByLabel('Siste arbeidsdag').fill(osloDay(3));
    await departure.getByRole('button', { name: 'Gå videre' }).click();
    await departure.getByText('Siste arbeidsdag kan ikke være fram i tid.', { exact: false }).waitFor();
    await departure.getByLabel('Siste arbeidsdag').fill(osloDay(-1));
    await departure.getByRole('button', { name: 'Gå videre' }).click();
    const confirmDeparture = page.getByRole('dialog', { name: 'Bekreft fratredelse' });
    const [y, m, d] = osloDay(-1).split('-');
    await confirmDeparture.getByText(`Kontoen til Amir Haddad deaktiveres, og alle øktene avsluttes med en gang. Siste arbeidsdag: ${d}.${m}.${y}.`).waitFor();
    await checkPage(page, 'compliance-4-departure');
    await confirmDeparture.getByRole('button', { name: 'Deaktiver og registrer' }).click();
    await notification(page, 'Fratredelsen er registrert, og kontoen er deaktivert').waitFor();

    // The checklist: the system has ticked "sessions ended"; the rest is ticked by hand.
    await page.getByRole('combobox', { name: 'Type' }).selectOption('departure_checklist');
    await page.getByRole('combobox', { name: 'Attestert' }).selectOption('nei');
    await tasks.locator('tbody tr[data-kind="departure_checklist"]').filter({ hasText: 'Amir Haddad' }).waitFor();
    await tasks.getByRole('button', { name: 'Attester: Sjekkliste ved fratredelse – Amir Haddad' }).click();
    const checklist = page.getByRole('dialog', { name: 'Attester: Sjekkliste ved fratredelse – Amir Haddad' });
    const sessions = checklist.getByRole('checkbox', { name: 'Alle økter i Personvernregisteret er avsluttet' });
    expect(await sessions.isChecked()).toBe(true);
    expect(await sessions.isDisabled()).toBe(true);
    await checklist.getByText('Sjekket av systemet').waitFor();
    await checklist.getByRole('checkbox', { name: /^E-postkontoen er slettet/ }).check();
    await checklist.getByRole('button', { name: 'Attester' }).click();
    await checklist.getByText('Kryss av for alle punktene på sjekklisten før du attesterer.').waitFor();
    await checklist.getByRole('checkbox', { name: 'Tilgang til firmaets øvrige systemer er fjernet' }).check();
    await checkPage(page, 'compliance-5-departure-checklist');
    await checklist.getByRole('button', { name: 'Attester' }).click();
    await notification(page, 'Oppgaven er attestert').waitFor();
    await tasks.locator('tbody tr[data-kind="departure_checklist"]').filter({ hasText: 'Amir Haddad' }).waitFor({ state: 'detached' });
  });

  it('an auditor reads the same pages without any of the actions', async () => {
    const { page } = browser;
    await browser.context.clearCookies();
    await logIn(page, app.baseUrl, 'auditor');
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    await menu.getByRole('link', { name: 'Lagringstid' }).click();
    await heading(page, 'Lagringstid og sletting').waitFor();
    await page.getByRole('table', { name: 'Regler' }).locator('tbody tr').first().waitFor();
    await page.getByRole('table', { name: 'Kjøringer' }).locator('tbody tr').first().waitFor();
    for (const name of ['Prøvekjør', 'Slett nå …', /^Endre regelen/]) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    await checkPage(page, 'retention-8-auditor');
    // The reports are theirs to read.
    await page.getByRole('table', { name: 'Kjøringer' }).locator('tbody tr').first().getByRole('link').click();
    await heading(page, /^Rapport for kjøring /).waitFor();

    await menu.getByRole('link', { name: 'Internkontroll' }).click();
    await heading(page, 'Internkontroll').waitFor();
    await page.getByRole('table', { name: 'Internkontroll' }).locator('tbody tr').first().waitFor();
    expect(await page.getByRole('button', { name: /^Attester/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Registrer fratredelse' }).count()).toBe(0);
    await checkPage(page, 'compliance-6-auditor');

    // In English too.
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await heading(page, 'Internal control').waitFor();
    await page.getByRole('table', { name: 'Internal control' }).getByText('Mailbox review').first().waitFor();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Retention' }).click();
    await heading(page, 'Retention and deletion').waitFor();
    await page.getByRole('table', { name: 'Rules' }).getByText('Call notes in closed cases').waitFor();
    await checkPage(page, 'retention-9-english');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('nb');
    await heading(page, 'Lagringstid og sletting').waitFor();
  });
});
