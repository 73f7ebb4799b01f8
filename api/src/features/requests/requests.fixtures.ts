import { schema } from '@pvr/db';
import type { TestServer } from '../../../test/harness.ts';

/** Shared by the requests tests; not a test file itself. */
export type SignedIn = Awaited<ReturnType<TestServer['signIn']>>;

export const requestFields = `id kind requesterName requesterEmail requesterPhone candidateId receivedOn dueOn baseDueOn
  extendedDueOn extensionReason identityRequestedAt identityVerifiedAt pausedDays paused daysLeft overdue status
  refusalReason resolution completedAt handler { id } comments { id body author { id } }`;

export const registerMutation = `mutation($input: RegisterRequestInput!) { registerRequest(input: $input) { ${requestFields} } }`;
export const requestQuery = `query($id: ID!) { dataSubjectRequest(id: $id) { ${requestFields} } }`;

export const stepMutation = (name: string, extra = '') => {
  const args = extra ? `, ${extra.split(',').map((a) => `${a.trim()}: $${a.trim()}`).join(', ')}` : '';
  const vars = extra ? `, ${extra.split(',').map((a) => `$${a.trim()}: String!`).join(', ')}` : '';
  return `mutation($id: ID!${vars}) { ${name}(id: $id${args}) { ${requestFields} } }`;
};

export const minimalRequest = (extra: Record<string, unknown> = {}) => ({
  kind: 'access',
  requesterName: 'Ola Innsyn',
  requesterEmail: `ola.${crypto.randomUUID().slice(0, 8)}@example.test`,
  ...extra,
});

export async function registerRequest(partner: SignedIn, extra: Record<string, unknown> = {}) {
  return (await partner.client.data(registerMutation, { input: minimalRequest(extra) })).registerRequest;
}

export async function insertCandidate(server: TestServer, extra: Partial<typeof schema.candidates.$inferInsert> = {}) {
  const [row] = await server.db
    .insert(schema.candidates)
    .values({ fullName: 'Kari Kandidat', email: `${crypto.randomUUID()}@example.test`, source: 'self_registered', ...extra })
    .returning();
  return row!;
}
