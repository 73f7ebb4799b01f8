import { Anchor, Center, Stack, Text, Title } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { i18next } from '../lib/i18n';

type Props = { resetKey: string; children: ReactNode };
type State = { error: unknown; resetKey: string };

/**
 * Last resort for a page that failed to render or whose code could not be loaded (often a
 * new release). A class component: React offers error boundaries only as classes.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <RouteErrorPage error={this.state.error} />;
  }
}

function RouteErrorPage({ error }: { error: unknown }) {
  const staleCode = error instanceof TypeError && /dynamically imported module|import/i.test(error.message);
  const t = i18next.t;
  return (
    <Center component="main" mih="100vh" p="md">
      <title>{t('pageTitle', { title: t('routeError.title') })}</title>
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Title order={1}>{t('routeError.title')}</Title>
        <Text>{staleCode ? t('routeError.staleCode') : t('routeError.other')}</Text>
        {/* A plain link: this page must work even when no other chunk of the app can be loaded. */}
        <Anchor component="button" type="button" onClick={() => window.location.reload()} fw={600}>
          {t('state.reload')}
        </Anchor>
      </Stack>
    </Center>
  );
}
