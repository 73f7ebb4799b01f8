import type { schema } from '@pvr/db';
import { addDays } from './clock.ts';
import { withinWorkingDay, type ShareConsent } from './consents.ts';
import type { SeedDocument } from './documents.ts';
import { demoId } from './ids.ts';
import { createRandom } from './random.ts';

/**
 * CVs actually sent to a client: only where the candidate consented for that case, and only
 * before any withdrawal. A share made before a withdrawal stays on record.
 */
export function buildCandidateShares(consents: readonly ShareConsent[], documents: readonly SeedDocument[]) {
  const random = createRandom('shares');
  const rows: (typeof schema.candidateShares.$inferInsert)[] = [];
  for (const { event, candidate, case: seedCase, withdrawnAt } of consents) {
    const sharedAt = withinWorkingDay(addDays(event.occurredAt, random.int(1, 2)), random);
    const limit = withdrawnAt ?? seedCase.end;
    if (sharedAt >= limit) continue;
    const document = documents
      .filter((d) => d.candidateId === candidate.row.id && (d.uploadedAt ?? sharedAt) <= sharedAt)
      .sort((a, b) => b.version - a.version)[0];
    if (!document) continue;
    const contact = seedCase.contacts[0];
    rows.push({
      id: demoId('candidate-share', event.id),
      candidateId: candidate.row.id,
      caseId: seedCase.row.id,
      documentId: document.id,
      documentVersion: String(document.version),
      recipient: contact ? `${contact.name}, ${seedCase.row.clientName}` : seedCase.row.clientName,
      consentEventId: event.id,
      sharedBy: seedCase.responsible.id,
      sharedAt,
    });
  }
  return rows;
}
