import { z } from 'zod';
import { emailField, optional, uuidField } from '../../shared/inputs.ts';

/** Whose data: a candidate, an email (normalised), or a newsletter subscriber. Re-exported by subject.ts. */
export type SubjectRef = { candidateId: string } | { email: string } | { subscriberId: string };

export const subjectExportKinds = ['access', 'portability'] as const;
export const subjectExportFormats = ['json', 'html'] as const;

const subjectFields = {
  candidateId: optional(uuidField('candidateId')),
  email: optional(emailField),
  subscriberId: optional(uuidField('subscriberId')),
};

function exactlyOne(subject: { candidateId: string | null; email: string | null; subscriberId: string | null }, ctx: z.RefinementCtx): SubjectRef {
  const given: SubjectRef[] = [];
  if (subject.candidateId) given.push({ candidateId: subject.candidateId });
  if (subject.email) given.push({ email: subject.email });
  if (subject.subscriberId) given.push({ subscriberId: subject.subscriberId });
  const [only] = given;
  if (given.length !== 1 || !only) {
    ctx.addIssue({ code: 'custom', message: 'Give exactly one of candidateId, email or subscriberId' });
    return z.NEVER;
  }
  return only;
}

export const subjectInput = z.object(subjectFields).transform(exactlyOne);

export const subjectArgsInput = z.object({ subject: subjectInput });

export const eraseDataSubjectInput = z.object({
  subject: subjectInput,
  requestId: optional(uuidField('requestId')),
  confirm: z.literal(true, { error: 'Confirm the erasure: it cannot be undone' }),
});
export type EraseDataSubjectInput = z.input<typeof eraseDataSubjectInput>;

/** The download's query string: the subject, and json or html (by default html for access, json for portability). */
export const subjectExportQuery = z
  .object({ ...subjectFields, format: z.enum(subjectExportFormats).nullish() })
  .transform((query, ctx) => ({ subject: exactlyOne(query, ctx), format: query.format ?? null }));
