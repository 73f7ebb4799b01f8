import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousA11yViolations } from './accessibility';
import { saveScreenshot } from './screenshots';

/** The demo logins from api/src/seed/demo-logins.ts (demo mode only). */
export const demoLogins = {
  partner: { email: 'partner@demo.example', password: 'demo-partner-2026' },
  staff: { email: 'medarbeider@demo.example', password: 'demo-staff-2026' },
  auditor: { email: 'revisor@demo.example', password: 'demo-auditor-2026' },
} as const;

// By role and accessible name: the visible label also carries Mantine's "required" asterisk.
export const textbox = (scope: Page | Locator, name: string | RegExp) => scope.getByRole('textbox', { name, exact: typeof name === 'string' });

export async function logIn(page: Page, baseUrl: string, role: keyof typeof demoLogins): Promise<void> {
  await page.goto(`${baseUrl}/logg-inn`);
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await textbox(page, 'E-post').fill(demoLogins[role].email);
  await textbox(page, 'Passord').fill(demoLogins[role].password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
}

export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Every page a journey visits: no serious or critical axe violations, and a screenshot to look at. */
export async function checkPage(page: Page, screenshot: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: /^Laster/ }).first().waitFor({ state: 'detached' }).catch(() => undefined);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await saveScreenshot(page, screenshot);
}

/** The success toast Mantine shows after a change. */
export const notification = (page: Page, text: string | RegExp) => page.locator('.mantine-Notification-root').filter({ hasText: text }).last();
