import { Center } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageError, PageLoader } from '../../lib/page-state';
import { describeError } from '../../lib/graphql-errors';
import { MeQuery } from './auth.operations';
import { loginUrl } from './return-path';

/** Renders its children only for a signed-in user; everyone else is sent to the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { data, error, refetch } = useQuery(MeQuery);
  const location = useLocation();

  if (data?.me) return children;
  if (data) return <Navigate to={loginUrl(location.pathname + location.search)} replace />;
  if (error) {
    return (
      <Center component="main" mih="100vh" p="md">
        <PageError title="Kunne ikke sjekke innloggingen" message={describeError(error).message} onRetry={() => void refetch()} />
      </Center>
    );
  }
  return (
    <main>
      <PageLoader label="Sjekker innlogging …" />
    </main>
  );
}
