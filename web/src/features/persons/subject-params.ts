import type { SubjectInput } from '../../gql/graphql';

/** Whose data the panel shows: exactly one identifier, as the API's SubjectInput takes it. */
export type Subject = { candidateId: string } | { subscriberId: string } | { email: string };

/** A chosen person: the subject, the request it answers (if any), and a name to show when known. */
export type SubjectChoice = { subject: Subject; requestId: string | null; label: string | null };

const keys = ['candidateId', 'subscriberId'] as const;

/** What other pages pass in navigation state to open a person by email: an address never goes in a URL. */
export type PersonsPageState = { email: string };

/** The email in navigation state, normalised as the API does; anything else is none. */
export function emailFromState(state: unknown): string | null {
  const email = state && typeof state === 'object' && 'email' in state && typeof state.email === 'string' ? state.email.trim().toLowerCase() : '';
  return email || null;
}

/**
 * `/personer?candidateId=…` (or subscriberId) with an optional `&requestId=…`, or an email from
 * navigation state with the request in the URL. Anything but exactly one identifier is no
 * choice at all, as the API would refuse it. An email in the query string is not read.
 */
export function subjectFromLocation(params: URLSearchParams, state: unknown): SubjectChoice | null {
  const given: Subject[] = keys.flatMap((key) => {
    const value = params.get(key)?.trim();
    return value ? [key === 'candidateId' ? { candidateId: value } : { subscriberId: value }] : [];
  });
  const email = emailFromState(state);
  if (email) given.push({ email });
  const [only] = given;
  if (given.length !== 1 || !only) return null;
  return { subject: only, requestId: params.get('requestId')?.trim() || null, label: null };
}

/** The URL for a choice: ids and the request only; an email goes in navigation state (`stateFor`). */
export function paramsFor(choice: SubjectChoice): URLSearchParams {
  const params = new URLSearchParams();
  if ('candidateId' in choice.subject) params.set('candidateId', choice.subject.candidateId);
  if ('subscriberId' in choice.subject) params.set('subscriberId', choice.subject.subscriberId);
  if (choice.requestId) params.set('requestId', choice.requestId);
  return params;
}

export const stateFor = (choice: SubjectChoice): PersonsPageState | null => ('email' in choice.subject ? { email: choice.subject.email } : null);

export const toSubjectInput = (subject: Subject): SubjectInput => ({ ...subject });

export const sameSubject = (a: Subject, b: Subject) => JSON.stringify(a) === JSON.stringify(b);
