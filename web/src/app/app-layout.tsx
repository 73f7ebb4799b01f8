import '@mantine/notifications/styles.css';
import { Anchor, AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { SessionMenu } from '../features/auth/session-menu';
import { CallNoteLauncher } from '../features/cases/call-note-launcher';
import { PageLoader } from '../lib/page-state';
import { LanguageSwitch } from './language-switch';
import { MainNavigation } from './main-navigation';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import classes from './app-layout.module.css';

/** The frame around every signed-in page: header, navigation, and the page itself. */
export default function AppLayout() {
  const { t } = useTranslation();
  const [menuOpen, menu] = useDisclosure(false);
  const main = useFocusOnNavigation<HTMLElement>();
  return (
    <CallNoteLauncher>
      {(callNoteButton) => (
        <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }} padding="lg">
          <a href="#innhold" className={classes.skipLink}>
            {t('skipToContent')}
          </a>
          <AppShell.Header>
            <Group h="100%" px="md" justify="space-between" wrap="nowrap">
              <Group gap="sm" wrap="nowrap">
                <Burger opened={menuOpen} onClick={menu.toggle} hiddenFrom="sm" size="sm" aria-label={t('menu')} aria-expanded={menuOpen} aria-controls="hovedmeny" />
                <Anchor component={Link} to="/" underline="never" c="inherit">
                  <Text fw={700}>{t('appName')}</Text>
                </Anchor>
              </Group>
              <Group gap="md" wrap="nowrap">
                {callNoteButton}
                <LanguageSwitch />
                <SessionMenu />
              </Group>
            </Group>
          </AppShell.Header>
          <AppShell.Navbar p="xs" id="hovedmeny" aria-label={t('mainMenu')}>
            <MainNavigation onNavigate={menu.close} />
          </AppShell.Navbar>
          <AppShell.Main id="innhold" ref={main} tabIndex={-1} className={classes.main}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </AppShell.Main>
          <Notifications position="top-right" />
        </AppShell>
      )}
    </CallNoteLauncher>
  );
}
