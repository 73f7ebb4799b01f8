import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.x A and AA rules, as checked by axe; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    // axe cannot run inside a frame sandboxed without scripts (it waits for it forever); such a
    // frame shows generated, escaped HTML (the privacy statement's lists), checked by its own tests.
    .exclude('iframe[sandbox]:not([sandbox~="allow-scripts"])')
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
