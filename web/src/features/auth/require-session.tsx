import { Anchor, Center, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageLoader } from '../../lib/page-state';
import { describeError } from '../../lib/graphql-errors';
import { useAuthT } from './auth.i18n';
import { MeQuery } from './auth.operations';
import { loginUrl } from './return-path';

/** Renders its children only for a signed-in user; everyone else is sent to the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { data, error, refetch } = useQuery(MeQuery);
  const location = useLocation();
  const { t } = useAuthT();

  if (data?.me) return children;
  if (data) return <Navigate to={loginUrl(location.pathname + location.search)} replace />;
  if (error) {
    // Plain elements: this is in the initial bundle, and rarely shown.
    return (
      <Center component="main" mih="100vh" p="md">
        <Stack gap="xs" maw={480} role="alert">
          <Title order={1} size="h3">
            {t('checkFailed')}
          </Title>
          <Text>{describeError(error).message}</Text>
          <Anchor component="button" type="button" onClick={() => void refetch()} ta="left">
            {t('state.retry', { ns: 'common' })}
          </Anchor>
        </Stack>
      </Center>
    );
  }
  return (
    <main>
      <PageLoader label={t('checking')} />
    </main>
  );
}
