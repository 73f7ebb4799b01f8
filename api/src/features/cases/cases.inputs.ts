import { z } from 'zod';
import { caseStatuses } from '@pvr/db/values';
import { pageSize, textLine, uuidField } from '../../shared/inputs.ts';

export const openCaseInput = z.object({
  reference: textLine(40, 'Reference'),
  title: textLine(200, 'Title'),
  clientName: textLine(200, 'Client'),
  responsiblePartnerId: uuidField('responsiblePartnerId'),
  memberIds: z
    .array(uuidField('memberIds'))
    .max(50, 'At most 50 members')
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])]),
});
export type OpenCaseInput = z.input<typeof openCaseInput>;

export const caseListInput = z.object({
  status: z.enum(caseStatuses).nullish(),
  search: z.string().trim().max(200).nullish(),
  first: pageSize,
  after: z.string().max(500).nullish(),
});

export const caseSearchInput = z.object({
  text: z.string().trim().max(200),
  first: z.number().int().min(1, 'first must be at least 1').max(50, 'first must be at most 50').default(10),
});

export const caseMemberInput = z.object({
  caseId: uuidField('caseId'),
  userId: uuidField('userId'),
});

export const caseIdInput = z.object({ id: uuidField('id') });
