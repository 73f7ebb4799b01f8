import { Anchor, AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { SessionMenu } from '../features/auth/session-menu';
import { MainNavigation } from './main-navigation';
import { PageLoader } from '../lib/page-state';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import classes from './app-layout.module.css';

/** The frame around every signed-in page: header, navigation, and the page itself. */
export function AppLayout() {
  const [menuOpen, menu] = useDisclosure(false);
  const main = useFocusOnNavigation<HTMLElement>();
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }} padding="lg">
      <a href="#innhold" className={classes.skipLink}>
        Hopp til innholdet
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={menuOpen} onClick={menu.toggle} hiddenFrom="sm" size="sm" aria-label="Meny" aria-expanded={menuOpen} aria-controls="hovedmeny" />
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Text fw={700}>Personvernregister</Text>
            </Anchor>
          </Group>
          <SessionMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" id="hovedmeny" aria-label="Hovedmeny">
        <MainNavigation onNavigate={menu.close} />
      </AppShell.Navbar>
      <AppShell.Main id="innhold" ref={main} tabIndex={-1} className={classes.main}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
