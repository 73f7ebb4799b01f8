import type { RequestStatus } from '../../gql/graphql';

/** What a request's deadline says today, as the API computed it in Oslo days. */
export type Countdown =
  | { state: 'completed' | 'refused' | 'paused' | 'today' }
  | { state: 'left' | 'overdue'; days: number };

type DeadlineFacts = { status: RequestStatus; paused: boolean; daysLeft?: number | null };

/**
 * Closed requests have no countdown; a paused one waits for proof of identity (the clock does
 * not run, so no day count is shown); otherwise days left, due today, or days overdue.
 */
export function countdownOf({ status, paused, daysLeft }: DeadlineFacts): Countdown {
  if (status === 'completed' || status === 'refused') return { state: status };
  if (paused) return { state: 'paused' };
  const days = daysLeft ?? 0;
  if (days < 0) return { state: 'overdue', days: -days };
  return days === 0 ? { state: 'today' } : { state: 'left', days };
}

/** A week or less left, or past it: the list and the detail page draw the eye to it. */
export const urgentWithinDays = 7;

export type CountdownTone = 'overdue' | 'urgent' | 'running' | 'waiting' | 'closed';

export function toneOf(countdown: Countdown): CountdownTone {
  switch (countdown.state) {
    case 'overdue':
      return 'overdue';
    case 'today':
      return 'urgent';
    case 'left':
      return countdown.days <= urgentWithinDays ? 'urgent' : 'running';
    case 'paused':
      return 'waiting';
    default:
      return 'closed';
  }
}
