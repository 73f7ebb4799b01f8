import { z } from 'zod';
import { agreementKinds, agreementStatuses, art28Clauses, type Art28Clause } from '@pvr/db/values';
import { optional, optionalText, textLine, uuidField } from '../../shared/inputs.ts';

/** Agreements in these statuses are live and must be reviewed; expired and terminated are history. */
export const reviewedStatuses: readonly string[] = ['draft', 'signed'];
export const reviewWindowDays = 30;

const dateField = (label: string) => z.iso.date(`${label} must be a date as YYYY-MM-DD`);

/** Clause keys arrive as text so an unknown key is refused on the field `clauses`, not deep in GraphQL. */
const clauseList = z
  .array(z.string().trim())
  .max(art28Clauses.length * 2, 'Too many clauses')
  .superRefine((list, ctx) => {
    if (list.some((key) => !(art28Clauses as readonly string[]).includes(key))) {
      ctx.addIssue({ code: 'custom', message: `Unknown clause; known clauses are ${art28Clauses.join(', ')}` });
    }
  })
  .transform((list) => [...new Set(list)] as Art28Clause[]);

export const agreementDocumentInput = z.object({
  fileName: textLine(255, 'File name'),
  contentBase64: z
    .string()
    .max(15_000_000, 'The file is larger than 10 MiB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file must be base64-encoded'),
});

export type AgreementRules = { status: string; signedOn: string | null; reviewDueOn: string };

/** Rules across fields, checked on create and on the merged record on update. */
export function agreementRuleViolations(a: AgreementRules): { field: string; message: string }[] {
  const violations: { field: string; message: string }[] = [];
  if (a.status === 'signed' && !a.signedOn) violations.push({ field: 'signedOn', message: 'A signed agreement needs the date it was signed' });
  if (a.signedOn && a.reviewDueOn < a.signedOn) violations.push({ field: 'reviewDueOn', message: 'The review date comes before the signing date' });
  return violations;
}

export const createAgreementInput = z
  .object({
    processorId: uuidField('processorId'),
    kind: z.enum(agreementKinds),
    status: z.enum(agreementStatuses).nullish().transform((v) => v ?? 'draft'),
    signedOn: optional(dateField('Signed on')),
    reviewDueOn: dateField('Review date'),
    clauses: clauseList.nullish().transform((v) => v ?? []),
    notes: optionalText(5000),
    document: agreementDocumentInput.nullish(),
  })
  .superRefine((value, ctx) => {
    for (const v of agreementRuleViolations(value)) ctx.addIssue({ code: 'custom', path: [v.field], message: v.message });
  });
export type CreateAgreementInput = z.input<typeof createAgreementInput>;

export const updateAgreementInput = z
  .object({
    kind: z.enum(agreementKinds).optional(),
    status: z.enum(agreementStatuses).optional(),
    signedOn: optional(dateField('Signed on')).optional(),
    reviewDueOn: dateField('Review date').optional(),
    clauses: clauseList.optional(),
    notes: optionalText(5000).optional(),
    document: agreementDocumentInput.nullish(),
    removeDocument: z.boolean().nullish(),
  })
  .superRefine((value, ctx) => {
    if (value.document && value.removeDocument) {
      ctx.addIssue({ code: 'custom', path: ['removeDocument'], message: 'Either replace the document or remove it, not both' });
    }
  });
export type UpdateAgreementInput = z.input<typeof updateAgreementInput>;

export const agreementsDueInput = z.object({
  withinDays: z
    .number()
    .int()
    .min(0, 'withinDays must be 0 or more')
    .max(3660, 'withinDays must be at most 3660')
    .nullish()
    .transform((v) => v ?? reviewWindowDays),
});
