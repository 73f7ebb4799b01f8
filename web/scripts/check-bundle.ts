import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { formatTable, measureBundle, overBudget, type Manifest } from './bundle-budget';

/**
 * Bundle budgets (issue 4), measured on the production build: run after `vite build`.
 * Prints the figures and exits non-zero when the initial JavaScript is over 170 KiB gzipped,
 * a route adds more than 60 KiB, or a dialog opened from a page (a form with pickers and
 * validation, after a deliberate click) adds more than 80 KiB.
 */
const dist = process.env.BUNDLE_DIST ?? resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const result = measureBundle(manifest, gzipped, { initialKiB: 170, lazyChunkKiB: 60, dialogChunkKiB: 80 });
process.stdout.write(`${formatTable(result)}\n`);
const over = overBudget(result);
if (over.length > 0) {
  process.stderr.write(`\nOver budget: ${over.map((m) => m.name).join(', ')}\n`);
  process.exit(1);
}
process.stdout.write('\nAll chunks within budget.\n');
