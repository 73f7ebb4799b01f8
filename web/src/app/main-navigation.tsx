import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, useLocation } from 'react-router';
import { useSessionUser } from '../features/auth/use-session-user';
import { areasFor } from './areas';

/** The areas the signed-in role may open; the rest are not offered at all. */
export function MainNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const user = useSessionUser();
  if (!user) return null;
  // AppShell.Navbar is the <nav> landmark already.
  return areasFor(user.role).map((area) => (
    // React Router's link sets aria-current="page"; Mantine's `active` only styles it.
    <NavLink
      key={area.path}
      component={RouterLink}
      to={area.path}
      label={t(area.label)}
      active={pathname.startsWith(area.path)}
      // Filled: white on indigo. The default tinted entry (indigo.6 on a light tint) is below AA.
      variant="filled"
      onClick={onNavigate}
    />
  ));
}
