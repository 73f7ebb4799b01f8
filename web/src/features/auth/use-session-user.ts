import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../gql';
import type { Role, SessionUserFragment } from '../../gql/graphql';
import { MeQuery, SessionUserFragment as SessionUser } from './auth.operations';

/** The signed-in user as `RequireSession` already loaded it (read from the cache, no request). */
export function useSessionUser(): SessionUserFragment | null {
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-only' });
  return getFragmentData(SessionUser, data?.me) ?? null;
}

/**
 * What the signed-in user's role may do, as the API decides it (api/test/access-matrix.test.ts).
 * The interface offers only these; the API refuses the rest anyway.
 */
export function useAbilities() {
  return abilitiesOf(useSessionUser()?.role ?? null);
}

export function abilitiesOf(role: Role | null) {
  const partner = role === 'partner';
  return {
    role,
    /** Candidates, cases, processors, agreements, subscribers: create and change. */
    manage: partner,
    /** CV documents: read and upload. */
    readCvDocuments: partner,
    /** Where a candidate was sent: partners and auditors, not staff. */
    readShares: partner || role === 'auditor',
    logCallNotes: partner || role === 'staff',
    readNoteBodies: partner || role === 'staff',
    recordConsent: partner || role === 'staff',
    readSubscribers: partner || role === 'auditor',
    readProcessors: partner || role === 'auditor',
    readAuditLog: partner || role === 'auditor',
  };
}
