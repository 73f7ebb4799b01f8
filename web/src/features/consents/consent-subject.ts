import type { ConsentSubjectInput, ConsentSubjectType } from '../../gql/graphql';

/** Whose consent, as the pages pass it around and as the URL carries it. */
export type ConsentSubject = { type: ConsentSubjectType; id: string; label?: string };

export function toSubjectInput(subject: ConsentSubject): ConsentSubjectInput {
  if (subject.type === 'candidate') return { candidateId: subject.id };
  if (subject.type === 'subscriber') return { subscriberId: subject.id };
  return { personEmail: subject.id };
}

const keys = { candidate: 'kandidat', subscriber: 'abonnent', person: 'epost' } as const;

export function subjectFromUrl(url: URLSearchParams): ConsentSubject | null {
  for (const type of ['candidate', 'subscriber', 'person'] as const) {
    const id = url.get(keys[type])?.trim();
    if (id) return { type, id };
  }
  return null;
}

export function subjectUrl(subject: ConsentSubject): string {
  return `/samtykker?${new URLSearchParams({ [keys[subject.type]]: subject.id }).toString()}`;
}
