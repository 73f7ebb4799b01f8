import { describe, expect, it } from 'vitest';
import { readAuditParams, summariseDetails, toAuditFilter, writeAuditParams } from './audit-filters';

describe('audit log filters', () => {
  it('round-trips through the URL and leaves empty filters out', () => {
    const params = { actorId: 'u1', candidateId: '', action: 'candidate.', from: '2026-01-01', to: '' };
    expect(writeAuditParams(params).toString()).toBe('hvem=u1&handling=candidate.&fra=2026-01-01');
    expect(readAuditParams(writeAuditParams(params))).toEqual(params);
  });

  it('asks the API for whole Oslo days and the person by the record that holds them', () => {
    expect(toAuditFilter({ actorId: '', candidateId: 'c1', action: '', from: '2026-07-01', to: '2026-07-01' })).toEqual({
      subject: { candidateId: 'c1' },
      from: '2026-06-30T22:00:00.000Z',
      to: '2026-07-01T21:59:59.999Z',
    });
  });

  it('sends no filter at all when none is set', () => {
    expect(toAuditFilter(readAuditParams(new URLSearchParams()))).toBeNull();
  });

  it('summarises details as keys with values or counts', () => {
    expect(summariseDetails('{"count":3,"candidateIds":["a","b"],"nested":{"x":1}}')).toBe('count: 3 · candidateIds: 2 · nested: …');
    expect(summariseDetails('{}')).toBe('');
    expect(summariseDetails('not json')).toBe('not json');
  });
});
