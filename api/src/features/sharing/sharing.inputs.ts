import { z } from 'zod';
import { optional, textLine, uuidField } from '../../shared/inputs.ts';

export const shareCandidateInput = z.object({
  candidateId: uuidField('candidateId'),
  caseId: uuidField('caseId'),
  /** Who at the client received it, e.g. the client's name and the contact's role. */
  recipient: textLine(200, 'The recipient'),
  /** Which CV version was sent; the newest when left out. */
  documentId: optional(uuidField('documentId')),
});
export type ShareCandidateInput = z.input<typeof shareCandidateInput>;

export const candidateSharesInput = z.object({ candidateId: uuidField('candidateId') });
