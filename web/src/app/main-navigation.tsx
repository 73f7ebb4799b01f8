import { NavLink } from '@mantine/core';
import { NavLink as RouterLink, useLocation } from 'react-router';

/** One entry per area; the areas are added here as their pages land. */
const areas = [{ to: '/kandidater', label: 'Kandidater' }] as const;

export function MainNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { pathname } = useLocation();
  return areas.map((area) => (
    // React Router's link sets aria-current="page"; Mantine's `active` only styles it.
    <NavLink key={area.to} component={RouterLink} to={area.to} label={area.label} active={pathname.startsWith(area.to)} onClick={onNavigate} />
  ));
}
