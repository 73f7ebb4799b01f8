import { describe, expect, it } from 'vitest';
import { choiceFor, emailIn, groupMatches, isCapped, linkFor, readLabel, type PersonMatch } from './person-matches';

const match = (area: PersonMatch['area'], recordId: string, extra: Partial<PersonMatch> = {}): PersonMatch => ({
  area,
  recordId,
  label: 'Kari Nordmann',
  matchedBy: 'email',
  candidateId: null,
  subscriberId: null,
  caseId: null,
  ...extra,
});

describe('groupMatches', () => {
  it('groups by area in a fixed order and leaves out empty areas', () => {
    const matches = [match('call_note', 'n1'), match('candidate', 'c1'), match('call_note', 'n2'), match('subscriber', 's1')];
    expect(groupMatches(matches).map((g) => [g.area, g.matches.map((m) => m.recordId)])).toEqual([
      ['candidate', ['c1']],
      ['subscriber', ['s1']],
      ['call_note', ['n1', 'n2']],
    ]);
    expect(groupMatches([])).toEqual([]);
  });
});

describe('linkFor', () => {
  it('links to the page that shows the record, where there is one', () => {
    expect(linkFor(match('candidate', 'c1'))).toBe('/kandidater/c1');
    expect(linkFor(match('call_note', 'n1', { caseId: 'k1' }))).toBe('/saker/k1');
    expect(linkFor(match('data_subject_request', 'r1'))).toBe('/foresporsler/r1');
    expect(linkFor(match('subscriber', 's1'))).toBe('/nyhetsbrev');
    expect(linkFor(match('consent_event', 'e1'))).toBeNull();
    expect(linkFor(match('contact_inquiry', 'i1'))).toBeNull();
  });
});

describe('choiceFor', () => {
  it('leads to the candidate, named from the candidate match when there is one', () => {
    const candidate = match('candidate', 'c1', { candidateId: 'c1', label: 'Kari Nordmann' });
    const note = match('call_note', 'n1', { candidateId: 'c1', caseId: 'k1', label: 'SAK-1 · 2026-01-02' });
    expect(choiceFor(note, [candidate, note])).toEqual({ subject: { candidateId: 'c1' }, requestId: null, label: 'Kari Nordmann' });
    expect(choiceFor(note, [note])?.label).toBeNull();
  });

  it('leads to the subscriber, and nowhere for another person’s consent', () => {
    expect(choiceFor(match('subscriber', 's1', { subscriberId: 's1' }), [])?.subject).toEqual({ subscriberId: 's1' });
    expect(choiceFor(match('consent_event', 'e1'), [])).toBeNull();
  });
});

describe('emailIn', () => {
  it('is the normalised address when an email was typed', () => {
    expect(emailIn(' Kari@Example.TEST ')).toBe('kari@example.test');
    expect(emailIn('Kari Nordmann')).toBeNull();
    expect(emailIn('412 34 567')).toBeNull();
  });
});

describe('readLabel', () => {
  it('reads each area’s label into parts', () => {
    expect(readLabel({ area: 'consent_event', label: 'share_with_client · granted · 2026-03-04' })).toEqual({ kind: 'consent', purpose: 'share_with_client', action: 'granted', date: '2026-03-04' });
    expect(readLabel({ area: 'call_note', label: 'SAK · 2026 · 017 · 2026-03-04' })).toEqual({ kind: 'callNote', reference: 'SAK · 2026 · 017', date: '2026-03-04' });
    expect(readLabel({ area: 'subscriber', label: 'newsletter · active' })).toEqual({ kind: 'subscriber', status: 'active' });
    expect(readLabel({ area: 'contact_inquiry', label: 'inquiry · 2026-03-04' })).toEqual({ kind: 'inquiry', date: '2026-03-04' });
    expect(readLabel({ area: 'data_subject_request', label: 'erasure · 2026-03-04' })).toEqual({ kind: 'request', requestKind: 'erasure', date: '2026-03-04' });
    expect(readLabel({ area: 'candidate', label: 'Kari · Nordmann' })).toEqual({ kind: 'text', text: 'Kari · Nordmann' });
  });

  it('shows a label it cannot read as it is', () => {
    expect(readLabel({ area: 'consent_event', label: 'share_with_client · granted' })).toEqual({ kind: 'text', text: 'share_with_client · granted' });
    expect(readLabel({ area: 'contact_inquiry', label: 'inquiry · yesterday' })).toEqual({ kind: 'text', text: 'inquiry · yesterday' });
  });
});

describe('isCapped', () => {
  it('is true when an area answered with as many as the API returns', () => {
    const many = Array.from({ length: 50 }, (_, i) => match('call_note', `n${i}`));
    expect(isCapped(many)).toBe(true);
    expect(isCapped([...many.slice(1), match('candidate', 'c1')])).toBe(false);
  });
});
