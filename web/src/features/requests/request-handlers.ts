import type { Role, UserStatus } from '../../gql/graphql';

type Person = { id: string; fullName: string; role: Role; status: UserStatus };

/** Who may handle a request (the API's rule): active partners, by name. */
export function activePartners<P extends Person>(users: readonly P[]): P[] {
  return users.filter((u) => u.role === 'partner' && u.status === 'active').sort((a, b) => a.fullName.localeCompare(b.fullName, 'nb'));
}
