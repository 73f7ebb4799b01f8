import { describe, expect, it } from 'vitest';
import { groupConsentEvents } from './consent-groups';

const event = (id: string, purpose: 'candidate_registry' | 'share_with_client' | 'newsletter', occurredAt: string, caseId: string | null = null) => ({ id, purpose, occurredAt, caseId });

describe('consent timelines', () => {
  it('puts each purpose in its own timeline, newest first', () => {
    const groups = groupConsentEvents([
      event('a', 'newsletter', '2026-01-01T00:00:00Z'),
      event('b', 'candidate_registry', '2026-01-02T00:00:00Z'),
      event('c', 'candidate_registry', '2026-03-01T00:00:00Z'),
    ]);
    expect(groups.map((g) => [g.purpose, g.events.map((e) => e.id)])).toEqual([
      ['candidate_registry', ['c', 'b']],
      ['newsletter', ['a']],
    ]);
  });

  it('keeps sharing with a client apart per case', () => {
    const groups = groupConsentEvents([
      event('a', 'share_with_client', '2026-01-01T00:00:00Z', 'case-2'),
      event('b', 'share_with_client', '2026-01-02T00:00:00Z', 'case-1'),
      event('c', 'share_with_client', '2026-01-03T00:00:00Z', 'case-2'),
    ]);
    expect(groups.map((g) => [g.caseId, g.events.map((e) => e.id)])).toEqual([
      ['case-1', ['b']],
      ['case-2', ['c', 'a']],
    ]);
  });

  it('has no timeline without events', () => {
    expect(groupConsentEvents([])).toEqual([]);
  });
});
