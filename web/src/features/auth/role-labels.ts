import type { Role } from '../../gql/graphql';

export const roleLabels: Record<Role, string> = {
  partner: 'Partner',
  staff: 'Medarbeider',
  auditor: 'Revisor',
};
