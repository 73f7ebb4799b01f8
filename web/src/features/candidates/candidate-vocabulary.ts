import type { MantineColor } from '@mantine/core';
import type { CandidateSort, CandidateSource, CandidateStatus } from '../../gql/graphql';

// Records over the generated unions: a new enum value in the SDL fails the typecheck until it
// is listed here (and, through the typed keys, translated).
export const statusColors: Record<CandidateStatus, MantineColor> = {
  active: 'teal',
  placed: 'blue',
  inactive: 'gray',
};
const sourceSet: Record<CandidateSource, true> = { self_registered: true, added_by_partner: true };
const sortSet: Record<CandidateSort, true> = { created_desc: true, name_asc: true, last_activity_desc: true };

export const candidateStatuses = Object.keys(statusColors) as CandidateStatus[];
export const candidateSources = Object.keys(sourceSet) as CandidateSource[];
export const candidateSorts = Object.keys(sortSet) as CandidateSort[];
