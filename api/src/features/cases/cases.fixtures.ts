import { randomUUID } from 'node:crypto';
import type { TestServer } from '../../../test/harness.ts';

/** Shared by the cases tests; not a test file itself. */
export type SignedIn = Awaited<ReturnType<TestServer['signIn']>>;

export const openCaseMutation = `mutation($input: OpenCaseInput!) {
  openCase(input: $input) { id reference title clientName status openedAt closedAt responsiblePartner { id } members { id } }
}`;

export const logCallNoteMutation = `mutation($input: LogCallNoteInput!) {
  logCallNote(input: $input) { id occurredAt direction otherPartyName otherPartyPhone candidateId body case { id } author { id } }
}`;

export const uniqueReference = () => `SAK-${randomUUID().slice(0, 8)}`;

/** Opens a case as `partner`, responsible for it, with the given members. */
export async function openTestCase(partner: SignedIn, options: { memberIds?: string[]; title?: string; clientName?: string; reference?: string } = {}) {
  const { openCase } = await partner.client.data(openCaseMutation, {
    input: {
      reference: options.reference ?? uniqueReference(),
      title: options.title ?? 'Rekruttering av utviklere',
      clientName: options.clientName ?? 'Kunde AS',
      responsiblePartnerId: partner.user.id,
      memberIds: options.memberIds ?? [],
    },
  });
  return openCase as { id: string; reference: string; title: string; status: string; openedAt: string; closedAt: string | null };
}

export const noteInput = (caseId: string, extra: Record<string, unknown> = {}) => ({
  caseId,
  direction: 'incoming',
  otherPartyName: 'Ola Innringer',
  body: 'Ringte om stillingen.',
  ...extra,
});
