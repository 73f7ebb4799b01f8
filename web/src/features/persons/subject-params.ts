import type { SubjectInput } from '../../gql/graphql';

/** Whose data the panel shows: exactly one identifier, as the API's SubjectInput takes it. */
export type Subject = { candidateId: string } | { subscriberId: string } | { email: string };

/** A chosen person: the subject, the request it answers (if any), and a name to show when known. */
export type SubjectChoice = { subject: Subject; requestId: string | null; label: string | null };

const keys = ['candidateId', 'subscriberId', 'email'] as const;

/**
 * `/personer?candidateId=…` (or subscriberId, or email) with an optional `&requestId=…`.
 * Anything but exactly one identifier is no choice at all, as the API would refuse it.
 */
export function subjectFromParams(params: URLSearchParams): SubjectChoice | null {
  const given = keys.flatMap((key) => {
    const value = params.get(key)?.trim();
    return value ? [{ key, value }] : [];
  });
  const [only] = given;
  if (given.length !== 1 || !only) return null;
  const subject = only.key === 'email' ? { email: only.value.toLowerCase() } : only.key === 'candidateId' ? { candidateId: only.value } : { subscriberId: only.value };
  return { subject, requestId: params.get('requestId')?.trim() || null, label: null };
}

/** The same search without the email: an address must not stay in the browser's history. */
export function withoutEmail(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('email');
  return next;
}

/** The URL for a choice: ids only; an email is kept in the page's state instead. */
export function paramsFor(choice: SubjectChoice): URLSearchParams {
  const params = new URLSearchParams();
  if ('candidateId' in choice.subject) params.set('candidateId', choice.subject.candidateId);
  if ('subscriberId' in choice.subject) params.set('subscriberId', choice.subject.subscriberId);
  if (choice.requestId) params.set('requestId', choice.requestId);
  return params;
}

export const toSubjectInput = (subject: Subject): SubjectInput => ({ ...subject });

export const sameSubject = (a: Subject, b: Subject) => JSON.stringify(a) === JSON.stringify(b);
