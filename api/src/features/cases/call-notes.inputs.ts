import { z } from 'zod';
import { callDirections } from '@pvr/db/values';
import { optional, optionalText, pageSize, textLine, uuidField } from '../../shared/inputs.ts';
import { phoneField } from '../../shared/phone.ts';

/** Clocks differ a little between a phone, a laptop and the server. */
const clockSkewMs = 5 * 60 * 1000;

const instant = z.union([z.date(), z.iso.datetime({ offset: true }).transform((value) => new Date(value))]);

export const logCallNoteInput = z.object({
  // A note exists only inside a case (§ Telefonsamtaler): never optional.
  caseId: z.string({ error: 'Choose the case the call belongs to' }).trim().pipe(uuidField('caseId')),
  occurredAt: instant
    .nullish()
    .transform((value) => value ?? new Date())
    .refine((value) => value.getTime() <= Date.now() + clockSkewMs, 'The call cannot be in the future'),
  direction: z.enum(callDirections),
  otherPartyName: textLine(200, 'Name of the other party'),
  otherPartyPhone: optional(phoneField),
  candidateId: optional(uuidField('candidateId')),
  body: z.string().trim().min(1, 'Write what the call was about').max(10_000, 'The note is too long (max 10000)'),
  /** Why the note keeps text the sensitive-data guard warned about; without it such a note is refused. */
  sensitiveOverrideReason: optionalText(500),
});
export type LogCallNoteInput = z.input<typeof logCallNoteInput>;

export const callNoteListInput = z.object({
  caseId: uuidField('caseId'),
  first: pageSize,
  after: z.string().max(500).nullish(),
});

/** Arguments of a nested notes field (Case.callNotes, Candidate.callNotes). */
export const nestedNotesInput = z.object({
  first: pageSize,
  after: z.string().max(500).nullish(),
});
