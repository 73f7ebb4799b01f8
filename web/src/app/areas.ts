import type { Role } from '../gql/graphql';

export const everyone: readonly Role[] = ['partner', 'staff', 'auditor'];
const partnersAndAuditors: readonly Role[] = ['partner', 'auditor'];
const partners: readonly Role[] = ['partner'];

/**
 * The dashboard's areas: the main menu and who may open each (api/test/access-matrix.test.ts
 * holds the API's rules; a role is not offered what the API would refuse it). A new area adds
 * one line here and its routes in app-routes.tsx.
 */
export const areas = [
  { path: '/oversikt', label: 'nav.overview', roles: partnersAndAuditors },
  { path: '/saker', label: 'nav.cases', roles: everyone },
  { path: '/kandidater', label: 'nav.candidates', roles: everyone },
  { path: '/samtykker', label: 'nav.consents', roles: everyone },
  { path: '/nyhetsbrev', label: 'nav.newsletter', roles: partnersAndAuditors },
  { path: '/behandlere', label: 'nav.processors', roles: partnersAndAuditors },
  { path: '/protokoll', label: 'nav.registers', roles: partnersAndAuditors },
  { path: '/foresporsler', label: 'nav.requests', roles: partnersAndAuditors },
  { path: '/personer', label: 'nav.persons', roles: partners },
  { path: '/sletting', label: 'nav.retention', roles: partnersAndAuditors },
  { path: '/internkontroll', label: 'nav.compliance', roles: partnersAndAuditors },
  { path: '/revisjonslogg', label: 'nav.audit', roles: partnersAndAuditors },
  { path: '/utboks', label: 'nav.outbox', roles: partners },
] as const satisfies readonly { path: string; label: `nav.${string}`; roles: readonly Role[] }[];

export type AreaPath = (typeof areas)[number]['path'];

export function rolesFor(path: AreaPath): readonly Role[] {
  return areas.find((area) => area.path === path)?.roles ?? [];
}

export function areasFor(role: Role) {
  return areas.filter((area) => area.roles.includes(role));
}

/** Where "/" leads: partners and auditors start on the overview, staff on their cases. */
export function startPathFor(role: Role): string {
  return role === 'staff' ? '/saker' : '/oversikt';
}
