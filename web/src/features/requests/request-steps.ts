import type { RequestKind, RequestStatus } from '../../gql/graphql';
import type { PersonsPageState } from '../persons/subject-params';

/** The steps a partner may take on a request, in the order they usually come. */
export type RequestStep = 'askForIdentity' | 'verifyIdentity' | 'startWork' | 'extend' | 'complete' | 'refuse' | 'changeHandler';

type StepFacts = {
  status: RequestStatus;
  identityRequestedAt?: string | null;
  extendedDueOn?: string | null;
  daysLeft?: number | null;
};

/**
 * The steps valid now, by the same rules the API enforces (api/src/features/requests/request-steps.ts):
 * the interface offers only these, and the API refuses the rest anyway.
 */
export function availableSteps({ status, identityRequestedAt, extendedDueOn, daysLeft }: StepFacts): RequestStep[] {
  if (status === 'completed' || status === 'refused') return [];
  const withinDeadline = (daysLeft ?? 0) >= 0;
  const steps: RequestStep[] = [];
  if (status === 'received') {
    // Asking stops the clock, which only works before the deadline has passed.
    if (!identityRequestedAt && withinDeadline) steps.push('askForIdentity');
    steps.push('verifyIdentity');
  }
  if (status === 'identity_verified') steps.push('startWork');
  if (!extendedDueOn && withinDeadline) steps.push('extend');
  if (status === 'in_progress') steps.push('complete');
  steps.push('refuse', 'changeHandler');
  return steps;
}

/** Kinds handled on the person's own page: everything held about them is shown, exported or erased there. */
const personKinds: ReadonlySet<RequestKind> = new Set<RequestKind>(['access', 'erasure', 'portability']);

/** A link to the person page: ids and the request in the URL, an email only in navigation state. */
export type PersonPageLink = { to: string; state: PersonsPageState | null };

/** The person page for a request about what is held on someone, by candidate if known, else by email. */
export function personPageLink(request: { id: string; kind: RequestKind; candidateId?: string | null; requesterEmail?: string | null }): PersonPageLink | null {
  if (!personKinds.has(request.kind)) return null;
  const params = new URLSearchParams();
  let state: PersonsPageState | null = null;
  if (request.candidateId) params.set('candidateId', request.candidateId);
  // An address in a URL stays in history and proxy logs: it travels in navigation state.
  else if (request.requesterEmail) state = { email: request.requesterEmail };
  else return null;
  params.set('requestId', request.id);
  return { to: `/personer?${params.toString()}`, state };
}
