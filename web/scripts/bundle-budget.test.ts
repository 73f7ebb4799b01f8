import { describe, expect, it } from 'vitest';
import { chunkName, measureBundle, overBudget, type Manifest } from './bundle-budget';

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'], dynamicImports: ['src/features/cases/cases-page.tsx'] },
  '_react.js': { file: 'assets/react.js' },
  '_forms.js': { file: 'assets/forms.js', imports: ['_react.js'] },
  'src/features/cases/cases-page.tsx': { file: 'assets/cases-page.js', isDynamicEntry: true, imports: ['_forms.js', '_react.js'] },
  'src/features/audit/audit-page.tsx': { file: 'assets/audit-page.js', isDynamicEntry: true, imports: ['_forms.js'], dynamicImports: ['src/features/audit/filter-dialog.tsx'] },
  'src/features/audit/filter-dialog.tsx': { file: 'assets/filter-dialog.js', isDynamicEntry: true, imports: ['_forms.js', '_modal.js'] },
  '_modal.js': { file: 'assets/modal.js' },
  // A launcher in a shared chunk that a layout loads: the dialog is measured against the layout.
  'src/app/layout.tsx': { file: 'assets/layout.js', isDynamicEntry: true, imports: ['_launcher.js', '_modal.js'] },
  '_launcher.js': { file: 'assets/launcher.js', dynamicImports: ['src/features/cases/note-dialog.tsx'] },
  'src/features/cases/note-dialog.tsx': { file: 'assets/note-dialog.js', isDynamicEntry: true, imports: ['_modal.js', '_forms.js'] },
};
const sizes: Record<string, number> = { 'assets/index.js': 10_000, 'assets/react.js': 50_000, 'assets/forms.js': 20_000, 'assets/cases-page.js': 5_000, 'assets/audit-page.js': 1_000, 'assets/filter-dialog.js': 2_000, 'assets/modal.js': 7_000, 'assets/layout.js': 3_000, 'assets/launcher.js': 1_000, 'assets/note-dialog.js': 4_000 };
const size = (file: string) => sizes[file] ?? 0;

describe('bundle budget', () => {
  it('counts the entry with its static imports as the initial JavaScript', () => {
    const { initial } = measureBundle(manifest, size, { initialKiB: 170, lazyChunkKiB: 60, dialogChunkKiB: 80 });
    expect(initial.files.sort()).toEqual(['assets/index.js', 'assets/react.js']);
    expect(initial.bytes).toBe(60_000);
  });

  it('counts a lazy chunk with what it imports beyond the initial set, every time', () => {
    const { lazy } = measureBundle(manifest, size, { initialKiB: 170, lazyChunkKiB: 60, dialogChunkKiB: 80 });
    expect(lazy.map((m) => [m.name, m.bytes])).toEqual([
      ['features/cases/cases-page', 25_000],
      ['features/cases/note-dialog (from app/layout)', 24_000],
      ['features/audit/audit-page', 21_000],
      ['app/layout', 11_000],
      ['features/audit/filter-dialog (from features/audit/audit-page)', 9_000],
    ]);
  });

  it('names what is over budget', () => {
    const result = measureBundle(manifest, size, { initialKiB: 50, lazyChunkKiB: 22, dialogChunkKiB: 22 });
    expect(overBudget(result).map((m) => m.name)).toEqual(['initial (entry + static imports)', 'features/cases/cases-page', 'features/cases/note-dialog (from app/layout)']);
  });

  it('holds a chunk opened from a page to the dialog budget, a route to the route budget', () => {
    const result = measureBundle(manifest, size, { initialKiB: 170, lazyChunkKiB: 22, dialogChunkKiB: 30 });
    expect(overBudget(result).map((m) => m.name)).toEqual(['features/cases/cases-page']);
  });

  it('names chunks by source path or package', () => {
    expect(chunkName('../api/src/inputs.ts')).toBe('api/src/inputs');
    expect(chunkName('../node_modules/.pnpm/zod@4.6.7/node_modules/zod/index.js')).toBe('zod');
  });
});
