import { z } from 'zod';
import { candidateSources, candidateStatuses } from '@pvr/db/values';
import { emailField, optional, optionalText, pageSize, textLine, uuidField } from '../../shared/inputs.ts';
import { phoneField } from '../../shared/phone.ts';

const skills = z.array(textLine(60, 'Skill')).max(50, 'At most 50 skills').transform((list) => [...new Set(list)]);

export const createCandidateInput = z.object({
  fullName: textLine(200, 'Name'),
  email: optional(emailField),
  phone: optional(phoneField),
  location: optionalText(200),
  summary: optionalText(10_000),
  skills: skills.nullish().transform((v) => v ?? []),
  status: z.enum(candidateStatuses).nullish().transform((v) => v ?? 'active'),
});
export type CreateCandidateInput = z.input<typeof createCandidateInput>;

export const updateCandidateInput = z.object({
  fullName: textLine(200, 'Name').optional(),
  email: optional(emailField).optional(),
  phone: optional(phoneField).optional(),
  location: optionalText(200).optional(),
  summary: optionalText(10_000).optional(),
  skills: skills.optional(),
  status: z.enum(candidateStatuses).optional(),
});
export type UpdateCandidateInput = z.input<typeof updateCandidateInput>;

export const candidateListInput = z.object({
  first: pageSize,
  after: z.string().max(500).nullish(),
  filter: z
    .object({
      search: z.string().trim().max(200).nullish(),
      status: z.enum(candidateStatuses).nullish(),
      source: z.enum(candidateSources).nullish(),
    })
    .nullish(),
  sort: z.enum(['created_desc', 'name_asc', 'last_activity_desc']).nullish().transform((v) => v ?? 'created_desc'),
});

export const uploadCandidateDocumentInput = z.object({
  candidateId: uuidField('candidateId'),
  fileName: textLine(255, 'File name'),
  contentBase64: z
    .string()
    .max(15_000_000, 'The file is larger than 10 MiB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file must be base64-encoded'),
});
