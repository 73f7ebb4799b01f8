import { describe, expect, it } from 'vitest';
import { readListParams, toCandidateFilter, writeListParams } from './candidate-list-params';

describe('candidate list URL parameters', () => {
  it('reads an empty URL as the default list', () => {
    expect(readListParams(new URLSearchParams())).toEqual({ search: '', status: null, source: null, sort: 'created_desc' });
  });

  it('round-trips search, filters and sort', () => {
    const params = { search: 'Kari', status: 'placed', source: 'self_registered', sort: 'name_asc' } as const;
    expect(readListParams(writeListParams(params))).toEqual(params);
  });

  it('leaves defaults out of the URL', () => {
    expect(writeListParams({ search: '', status: null, source: null, sort: 'created_desc' }).toString()).toBe('');
  });

  it('ignores values the API would refuse', () => {
    const url = new URLSearchParams({ status: 'deleted', kilde: 'toString', sortering: 'salary' });
    expect(readListParams(url)).toMatchObject({ status: null, source: null, sort: 'created_desc' });
  });

  it('sends no empty search to the API', () => {
    expect(toCandidateFilter({ search: '', status: 'active', source: null, sort: 'name_asc' })).toEqual({ search: null, status: 'active', source: null });
  });
});
