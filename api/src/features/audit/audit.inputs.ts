import { z } from 'zod';
import { pageSize, uuidField } from '../../shared/inputs.ts';

const subject = z
  .object({
    candidateId: uuidField('subject.candidateId').nullish(),
    subscriberId: uuidField('subject.subscriberId').nullish(),
    requestId: uuidField('subject.requestId').nullish(),
    callNoteId: uuidField('subject.callNoteId').nullish(),
  })
  .refine((s) => Object.values(s).filter(Boolean).length === 1, { message: 'Give exactly one record', path: ['candidateId'] });

export const auditLogInput = z.object({
  filter: z
    .object({
      actorId: uuidField('actorId').nullish(),
      subject: subject.nullish(),
      action: z
        .string()
        .trim()
        .max(100)
        .regex(/^[a-z][a-zA-Z.]*$/, 'An action looks like candidate.read, or a prefix like candidate.')
        .nullish(),
      from: z.date().nullish(),
      to: z.date().nullish(),
    })
    .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'from must be before to', path: ['from'] })
    .nullish(),
  first: pageSize,
  after: z.string().max(200).nullish(),
});
export type AuditLogInput = z.input<typeof auditLogInput>;
