import type { MantineColor } from '@mantine/core';
import type { CandidateSort, CandidateSource, CandidateStatus } from '../../gql/graphql';

// Records over the generated unions: a new enum value in the SDL fails the typecheck until it has a label.
export const statusLabels: Record<CandidateStatus, string> = {
  active: 'Aktiv',
  placed: 'Plassert',
  inactive: 'Inaktiv',
};

export const statusColors: Record<CandidateStatus, MantineColor> = {
  active: 'teal',
  placed: 'blue',
  inactive: 'gray',
};

export const sourceLabels: Record<CandidateSource, string> = {
  self_registered: 'Registrert selv',
  added_by_partner: 'Lagt inn av partner',
};

export const sortLabels: Record<CandidateSort, string> = {
  created_desc: 'Nyest registrert',
  name_asc: 'Navn (A–Å)',
  last_activity_desc: 'Siste aktivitet',
};
