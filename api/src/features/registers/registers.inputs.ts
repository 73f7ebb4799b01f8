import { z } from 'zod';
import { legalBases } from '@pvr/db/values';
import { optional, optionalText, textLine, uuidField } from '../../shared/inputs.ts';

const textList = (label: string) =>
  z.array(textLine(200, label)).max(50, 'At most 50 entries').transform((list) => [...new Set(list)]);

const idList = z
  .array(uuidField('processorIds'))
  .max(50, 'At most 50 processors')
  .transform((list) => [...new Set(list)]);

/** One activity of the record of processing activities (GDPR Art. 30(1)). */
export const createProcessingActivityInput = z.object({
  name: textLine(200, 'Name'),
  purpose: textLine(2000, 'Purpose'),
  legalBasis: z.enum(legalBases),
  legalBasisDetail: optionalText(2000),
  dataSubjectCategories: textList('Category of people').nullish().transform((v) => v ?? []),
  dataCategories: textList('Category of data').nullish().transform((v) => v ?? []),
  recipients: textList('Recipient').nullish().transform((v) => v ?? []),
  thirdCountryTransfers: optionalText(2000),
  securityMeasures: textLine(4000, 'Security measures'),
  retentionRuleId: optional(uuidField('retentionRuleId')),
  processorIds: idList.nullish().transform((v) => v ?? []),
});
export type CreateProcessingActivityInput = z.input<typeof createProcessingActivityInput>;

/** Fields left out stay as they are; processorIds, when given, replaces the list. */
export const updateProcessingActivityInput = z.object({
  name: textLine(200, 'Name').optional(),
  purpose: textLine(2000, 'Purpose').optional(),
  legalBasis: z.enum(legalBases).optional(),
  legalBasisDetail: optionalText(2000).optional(),
  dataSubjectCategories: textList('Category of people').optional(),
  dataCategories: textList('Category of data').optional(),
  recipients: textList('Recipient').optional(),
  thirdCountryTransfers: optionalText(2000).optional(),
  securityMeasures: textLine(4000, 'Security measures').optional(),
  retentionRuleId: optional(uuidField('retentionRuleId')).optional(),
  processorIds: idList.optional(),
});
export type UpdateProcessingActivityInput = z.input<typeof updateProcessingActivityInput>;

export const activityIdInput = z.object({ id: uuidField('id') });
