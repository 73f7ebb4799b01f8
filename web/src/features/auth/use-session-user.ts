import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../gql';
import type { SessionUserFragment } from '../../gql/graphql';
import { MeQuery, SessionUserFragment as SessionUser } from './auth.operations';

/** The signed-in user as `RequireSession` already loaded it (read from the cache, no request). */
export function useSessionUser(): SessionUserFragment | null {
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-only' });
  return getFragmentData(SessionUser, data?.me) ?? null;
}
