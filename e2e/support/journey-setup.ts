import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startApp, type RunningApp } from './app';
import { openBrowser, type Browser } from './browser';

export type Journey = { app: RunningApp; browser: Browser };

/**
 * The product and a browser for one journey file: started once before its tests, the page's
 * script errors checked after each test (none allowed), both closed at the end.
 * `onStart` receives them: `setUpJourney((started) => ({ app, browser } = started))`.
 */
export function setUpJourney(onStart: (journey: Journey) => void): void {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp();
    browser = await openBrowser();
    onStart({ app, browser });
  });
  afterEach(() => {
    expect(browser?.pageErrors).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
}
