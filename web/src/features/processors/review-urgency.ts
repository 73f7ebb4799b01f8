import type { AgreementStatus } from '../../gql/graphql';
import { daysFromToday } from '../../lib/format';

export type ReviewUrgency = 'overdue' | 'soon' | 'ok' | 'inactive';

/** The API's review window (api/src/features/processors/agreements.inputs.ts: reviewWindowDays). */
export const reviewWindowDays = 30;

/**
 * How pressing an agreement's review is, in Oslo days: past due is red, within 30 days orange.
 * Expired and terminated agreements are history and need no review.
 */
export function reviewUrgency(reviewDueOn: string, status: AgreementStatus, now = new Date()): ReviewUrgency {
  if (status !== 'draft' && status !== 'signed') return 'inactive';
  const days = daysFromToday(reviewDueOn, now);
  if (days < 0) return 'overdue';
  return days <= reviewWindowDays ? 'soon' : 'ok';
}

// Both dark enough for AA contrast on white and on striped rows; the words carry the meaning too.
export const urgencyColor: Record<ReviewUrgency, string> = { overdue: 'red.9', soon: '#b33c00', ok: 'dark', inactive: 'dimmed' };

/** The agreement a processor list shows: the live one reviewed soonest. */
export function nextReview<A extends { reviewDueOn: string; status: AgreementStatus }>(agreements: readonly A[]): A | null {
  return [...agreements].filter((a) => a.status === 'draft' || a.status === 'signed').sort((a, b) => a.reviewDueOn.localeCompare(b.reviewDueOn))[0] ?? null;
}
