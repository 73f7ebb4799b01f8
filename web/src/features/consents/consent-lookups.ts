import { useQuery } from '@apollo/client/react';
import { ConsentLookupsQuery } from './consents.operations';

/** Names for the ids consent events carry: who recorded them, which case a sharing consent covers. */
export function useConsentLookups() {
  const { data } = useQuery(ConsentLookupsQuery, { fetchPolicy: 'cache-first' });
  const users = new Map((data?.users ?? []).map((u) => [u.id, u.fullName]));
  const cases = new Map((data?.searchCases ?? []).map((c) => [c.id, `${c.reference} · ${c.title}`]));
  return {
    userName: (id: string) => users.get(id) ?? id.slice(0, 8),
    caseLabel: (id: string) => cases.get(id) ?? id.slice(0, 8),
  };
}
