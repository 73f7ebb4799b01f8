import { describe, expect, it } from 'vitest';
import { nextReview, reviewUrgency } from './review-urgency';

const now = new Date('2026-06-30T22:30:00Z'); // 1 July 2026 in Oslo

describe('review dates', () => {
  it('is overdue from the day after the review date, in Oslo', () => {
    expect(reviewUrgency('2026-06-30', 'signed', now)).toBe('overdue');
    expect(reviewUrgency('2026-07-01', 'signed', now)).toBe('soon');
  });

  it('is due soon within 30 days, and fine after that', () => {
    expect(reviewUrgency('2026-07-31', 'draft', now)).toBe('soon');
    expect(reviewUrgency('2026-08-01', 'signed', now)).toBe('ok');
  });

  it('does not ask to review an agreement that has ended', () => {
    expect(reviewUrgency('2020-01-01', 'expired', now)).toBe('inactive');
    expect(reviewUrgency('2020-01-01', 'terminated', now)).toBe('inactive');
  });

  it('shows the live agreement reviewed soonest', () => {
    const agreements = [
      { id: 'a', reviewDueOn: '2026-01-01', status: 'expired' as const },
      { id: 'b', reviewDueOn: '2026-09-01', status: 'signed' as const },
      { id: 'c', reviewDueOn: '2026-08-01', status: 'draft' as const },
    ];
    expect(nextReview(agreements)?.id).toBe('c');
    expect(nextReview([])).toBeNull();
  });
});
