import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, keysetPage } from './cursor.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ at: `2026-11-0${i + 1}`, id: `id-${i}` }));
const cursorOf = (row: { at: string; id: string }) => [row.at, row.id];

describe('keysetPage (a page from the first + 1 rows read)', () => {
  it('keeps `first` rows and says more follow when the extra row came back', () => {
    const page = keysetPage(rows(3), 2, cursorOf);
    expect(page.nodes.map((r) => r.id)).toEqual(['id-0', 'id-1']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    // The cursor is the last row kept, not the extra one: the next page starts at the extra row.
    expect(decodeCursor(page.pageInfo.endCursor!, 2)).toEqual(['2026-11-02', 'id-1']);
  });

  it('has no next page when exactly `first` or fewer rows came back', () => {
    expect(keysetPage(rows(2), 2, cursorOf).pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(['2026-11-02', 'id-1']) });
    expect(keysetPage(rows(1), 2, cursorOf).nodes).toHaveLength(1);
  });

  it('answers an empty page with no cursor', () => {
    expect(keysetPage(rows(0), 2, cursorOf)).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
