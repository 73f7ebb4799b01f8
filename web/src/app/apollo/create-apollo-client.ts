import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { MeQuery } from '../../features/auth/auth.operations';
import { leaveSession } from '../../features/auth/leave-session';
import { hasErrorCode } from '../../lib/graphql-errors';
import { createRetryQueriesLink } from './retry-queries';
import { typePolicies } from './type-policies';

/** The one client, and with its cache the only store of server data in the dashboard. */
export function createApolloClient(): ApolloClient {
  const cache = new InMemoryCache({ typePolicies });

  // A session that ends on the server (idle timeout, revoked) sends the user back to the login page.
  const sessionEnded = new ErrorLink(({ error }) => {
    if (!hasErrorCode(error, 'UNAUTHENTICATED')) return;
    // Only a session we believed in can end; a refused login is the login form's business.
    if (!cache.readQuery({ query: MeQuery })?.me) return;
    leaveSession(window.location.pathname + window.location.search);
  });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([sessionEnded, createRetryQueriesLink(), new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    devtools: { enabled: import.meta.env.DEV },
  });
}
