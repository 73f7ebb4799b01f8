import { z } from 'zod';
import { complianceTaskKinds } from '@pvr/db/values';
import { optionalText, pageSize, uuidField } from '../../shared/inputs.ts';

type Kind = (typeof complianceTaskKinds)[number];
export type ChecklistItemDefinition = { key: string; label: string; automatic?: boolean };

/**
 * What each kind of task asks the one who attests to confirm (§ E-post og telefon, § Opplysninger
 * om ansatte). "Sessions ended" is checked by the system: disabling a user ends every session.
 */
export const complianceChecklists: Record<Kind, readonly ChecklistItemDefinition[]> = {
  mailbox_review: [{ key: 'mailboxReviewed', label: 'E-postkassen er gjennomgått og unødvendig innhold slettet' }],
  departure_checklist: [
    { key: 'emailAccountDeleted', label: 'E-postkontoen er slettet (relevante e-poster er overført til kolleger først)' },
    { key: 'accessRevoked', label: 'Tilgang til firmaets øvrige systemer er fjernet' },
    { key: 'sessionsKilled', label: 'Alle økter i Personvernregisteret er avsluttet', automatic: true },
  ],
  agreement_review: [{ key: 'agreementReviewed', label: 'Avtalen er gjennomgått: art. 28-punktene, underleverandører og overføringer' }],
  privacy_statement_review: [{ key: 'statementReviewed', label: 'Personvernerklæringen er gjennomgått og stemmer med registrene' }],
};

/** Days after the last working day by which the departure checklist should be done. */
export const departureChecklistDays = 14;

const dateField = (label: string) => z.iso.date(`${label} must be a date as YYYY-MM-DD`);

export const complianceTaskListInput = z.object({
  filter: z
    .object({
      kind: z.enum(complianceTaskKinds).nullish(),
      overdue: z.boolean().nullish(),
      attested: z.boolean().nullish(),
    })
    .nullish(),
  first: pageSize,
  after: z.string().max(500).nullish(),
});

export const attestComplianceTaskInput = z.object({
  id: uuidField('id'),
  notes: optionalText(5000),
  checklist: z
    .array(z.object({ key: z.string().trim().min(1).max(100), done: z.boolean() }))
    .max(20, 'Too many checklist items')
    .nullish()
    .transform((items) => items ?? null),
});
export type AttestComplianceTaskInput = z.input<typeof attestComplianceTaskInput>;

export const markUserDepartedInput = z.object({
  userId: uuidField('userId'),
  departedOn: dateField('Last working day'),
});
export type MarkUserDepartedInput = z.input<typeof markUserDepartedInput>;
