import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const folder = resolve(dirname(fileURLToPath(import.meta.url)), '../screenshots');

/** Saves e2e/screenshots/<name>.png (gitignored), for a person to look at after a run. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
