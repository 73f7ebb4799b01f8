import { describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app';
import type { Browser } from '../support/browser';
import { setUpJourney } from '../support/journey-setup';
import { checkPage, heading, logIn, notification } from '../support/journey';

let app: RunningApp;
let browser: Browser;
setUpJourney((started) => ({ app, browser } = started));

describe('logging a call note from the keyboard alone', () => {
  it('N opens the dialog anywhere; the note is saved with keys only and appears on the case at once', async () => {
    const { page } = browser;
    await logIn(page, app.baseUrl, 'staff');
    // Staff start on their cases.
    await heading(page, 'Saker').waitFor();
    const firstCase = page.getByRole('table', { name: 'Saker' }).locator('tbody tr').filter({ hasText: 'Åpen' }).first();
    await firstCase.waitFor();
    const reference = ((await firstCase.locator('td').first().textContent()) ?? '').trim();
    const title = ((await firstCase.getByRole('rowheader').textContent()) ?? '').trim();
    await firstCase.getByRole('link').click();
    await heading(page, title).waitFor();
    const notes = page.getByRole('region', { name: /Samtalenotater/ }).getByRole('article');
    const before = await notes.count();

    // Typing in a field must not open the dialog; N elsewhere does.
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'Nytt samtalenotat' });
    await dialog.waitFor();

    // Focus starts in the case picker: type part of the reference, pick with the arrow keys.
    const casePicker = dialog.getByRole('combobox', { name: 'Sak', exact: true });
    await expect.poll(() => casePicker.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    await page.keyboard.type(reference);
    await dialog.page().getByRole('option', { name: new RegExp(reference) }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await casePicker.inputValue()).toContain(reference);

    // Direction: a radio group, one tab stop; the arrow key chooses "Utgående".
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(await dialog.getByRole('radio', { name: 'Utgående' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kari Tastatur');
    await page.keyboard.press('Tab');
    await page.keyboard.type('412 34 567');
    // The optional candidate: its type-ahead loads on its own; wait until it takes focus.
    await dialog.getByRole('combobox', { name: 'Kandidat (valgfritt)' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const body = `Ringte tilbake om intervjutider, logget med tastaturet ${Date.now()}.`;
    await page.keyboard.type(body);
    await checkPage(page, 'call-note-1-dialog');
    // Ctrl+Enter saves from the note field (Enter alone writes a new line there).
    await page.keyboard.press('Control+Enter');

    await notification(page, `Notatet er lagret på ${reference}`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    // The case's notes show it without a reload: the Apollo cache was updated.
    await expect.poll(() => notes.count()).toBe(before + 1);
    expect(await notes.first().textContent()).toContain(body);
    expect(await notes.first().textContent()).toContain('Utgående');
    expect(await notes.first().textContent()).toContain('412 34 567');
    await checkPage(page, 'call-note-2-saved');

    // Escape closes the dialog without saving. Focus starts in the case picker, whose list opens
    // on focus: the first Escape closes the list (as in any combobox), the next the dialog.
    await page.keyboard.press('n');
    await dialog.waitFor();
    await expect.poll(() => casePicker.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Escape');
    if (await dialog.count()) await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await notes.count()).toBe(before + 1);
  });

  it('a missing field is named in the form, and Enter submits from a text field', async () => {
    const { page } = browser;
    await page.goto(`${app.baseUrl}/kandidater`);
    await heading(page, 'Kandidater').waitFor();
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'Nytt samtalenotat' });
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Uten sak');
    await page.keyboard.press('Enter');
    await dialog.getByText('Velg saken samtalen hører til.').waitFor();
    await dialog.getByText('Skriv hva samtalen handlet om.').waitFor();
    await checkPage(page, 'call-note-3-refused');
    await page.keyboard.press('Escape');
  });
});
