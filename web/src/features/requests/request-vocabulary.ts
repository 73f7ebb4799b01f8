import type { MantineColor } from '@mantine/core';
import type { RequestKind, RequestStatus } from '../../gql/graphql';

// Records over the generated unions: a new enum value in the SDL fails the typecheck until it
// is listed here (and, through the typed keys, translated).
export const statusColors: Record<RequestStatus, MantineColor> = {
  received: 'blue',
  identity_verified: 'cyan',
  in_progress: 'orange',
  completed: 'teal',
  refused: 'gray',
};
const kindSet: Record<RequestKind, true> = {
  access: true,
  rectification: true,
  supplement: true,
  erasure: true,
  restriction: true,
  portability: true,
  objection: true,
};

export const requestStatuses = Object.keys(statusColors) as RequestStatus[];
export const requestKinds = Object.keys(kindSet) as RequestKind[];

/** Unknown values in the URL (an old bookmark, a typo) fall back to "any" instead of a server error. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
