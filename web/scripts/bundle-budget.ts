/** One entry of Vite's build manifest (dist/.vite/manifest.json), keyed by source path. */
export type ManifestChunk = {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
};
export type Manifest = Record<string, ManifestChunk>;

/** A route is what a navigation adds; a dialog is what a click on a page already shown adds. */
export type Budget = { initialKiB: number; lazyChunkKiB: number; dialogChunkKiB: number };
export type Measured = { name: string; files: string[]; bytes: number; limitBytes: number };

/** A chunk and everything it imports statically, as manifest keys. */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/**
 * The initial JavaScript (the entry and its static imports) and, for each lazily loaded chunk,
 * what it adds to what is already loaded: a route adds itself and its static imports that the
 * initial set does not hold; a dialog opened from a page adds what that page has not loaded.
 */
export function measureBundle(manifest: Manifest, gzippedSize: (file: string) => number, budget: Budget): { initial: Measured; lazy: Measured[] } {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1) throw new Error(`Expected one entry in the manifest, found ${entries.length}`);
  const initialKeys = staticClosure(manifest, entries[0] as string);
  const files = (keys: Iterable<string>) => [...keys].map((key) => manifest[key]?.file).filter((file): file is string => Boolean(file?.endsWith('.js')));
  const size = (list: string[]) => list.reduce((sum, file) => sum + gzippedSize(file), 0);

  const initialFiles = files(initialKeys);
  const initial = { name: 'initial (entry + static imports)', files: initialFiles, bytes: size(initialFiles), limitBytes: budget.initialKiB * 1024 };
  // A chunk loaded from another lazy chunk (a dialog opened on a page) adds to what that page
  // already loaded; one loaded from the initial code (a route) adds to the initial set only.
  // The import may sit in a shared chunk: then each lazy chunk that statically loads that one is
  // a page it can be opened from. Each is measured, and the worst case counts.
  const lazyKeys = Object.keys(manifest).filter((key) => manifest[key]?.isDynamicEntry);
  const pagesLoading = (chunk: string) => (manifest[chunk]?.isDynamicEntry ? [chunk] : lazyKeys.filter((page) => staticClosure(manifest, page).has(chunk)));
  const lazy = lazyKeys
    .map((key) => {
      const importers = Object.keys(manifest).filter((k) => manifest[k]?.dynamicImports?.includes(key) && !initialKeys.has(k));
      const pages = [...new Set(importers.flatMap(pagesLoading))].filter((page) => page !== key);
      const loaded = pages.length ? pages.map((page) => new Set([...initialKeys, ...staticClosure(manifest, page)])) : [initialKeys];
      const added = loaded
        .map((already) => files([...staticClosure(manifest, key)].filter((k) => !already.has(k))))
        .reduce((worst, list) => (size(list) > size(worst) ? list : worst));
      const from = pages.length > 3 ? ` (from ${pages.length} pages)` : pages.length ? ` (from ${pages.map(chunkName).join(', ')})` : '';
      return { name: `${chunkName(key)}${from}`, files: added, bytes: size(added), limitBytes: (pages.length ? budget.dialogChunkKiB : budget.lazyChunkKiB) * 1024 };
    })
    .sort((a, b) => b.bytes - a.bytes);
  return { initial, lazy };
}

/** `src/features/cases/case-page.tsx` → `features/cases/case-page`; packages by their name. */
export function chunkName(key: string): string {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(key);
  if (pkg?.[1]) return pkg[1];
  return key.replace(/^(\.\.\/)+/, '').replace(/^(web\/)?src\//, '').replace(/\.(tsx?|mjs|js)$/, '');
}

export function formatTable(result: { initial: Measured; lazy: Measured[] }): string {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const rows = [result.initial, ...result.lazy].map((m) => [m.bytes > m.limitBytes ? 'OVER' : 'ok', kib(m.bytes), kib(m.limitBytes), String(m.files.length), m.name]);
  const header = ['', 'gzipped', 'budget', 'files', 'chunk'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 4 ? c : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

export function overBudget(result: { initial: Measured; lazy: Measured[] }): Measured[] {
  return [result.initial, ...result.lazy].filter((m) => m.bytes > m.limitBytes);
}
