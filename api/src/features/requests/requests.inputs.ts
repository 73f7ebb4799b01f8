import { z } from 'zod';
import { requestKinds, requestStatuses } from '@pvr/db/values';
import { emailField, optional, pageSize, textLine, uuidField } from '../../shared/inputs.ts';
import { phoneField } from '../../shared/phone.ts';
import { osloToday } from '../../shared/oslo-dates.ts';

/** GDPR became Norwegian law on 20 July 2018; an earlier receipt date is a typing error. */
export const earliestReceivedOn = '2018-07-20';

const calendarDate = (label: string) => z.iso.date(`${label} must be a date as YYYY-MM-DD`);

export const registerRequestInput = z
  .object({
    kind: z.enum(requestKinds),
    requesterName: textLine(200, 'The requester’s name'),
    requesterEmail: optional(emailField),
    requesterPhone: optional(phoneField),
    candidateId: optional(uuidField('candidateId')),
    /** The day the request reached the firm (Oslo); today when left out. */
    receivedOn: optional(calendarDate('Received on')),
    handlerId: optional(uuidField('handlerId')),
  })
  .superRefine((input, ctx) => {
    if (!input.requesterEmail && !input.requesterPhone && !input.candidateId) {
      ctx.addIssue({ code: 'custom', path: ['requesterEmail'], message: 'Give an email, a phone number or the candidate, so the answer can reach the requester' });
    }
    if (input.receivedOn && input.receivedOn > osloToday()) {
      ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'Received on cannot be in the future' });
    }
    if (input.receivedOn && input.receivedOn < earliestReceivedOn) {
      ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: `Received on cannot be before ${earliestReceivedOn}` });
    }
  })
  .transform((input) => ({ ...input, receivedOn: input.receivedOn ?? osloToday() }));
export type RegisterRequestInput = z.input<typeof registerRequestInput>;

export const requestIdInput = z.object({ id: uuidField('id') });

export const extendRequestDeadlineInput = z.object({
  id: uuidField('id'),
  reason: textLine(2000, 'The reason for the extension'),
});

export const completeRequestInput = z.object({
  id: uuidField('id'),
  resolution: textLine(5000, 'What was done'),
});

export const refuseRequestInput = z.object({
  id: uuidField('id'),
  reason: textLine(2000, 'The reason for the refusal'),
});

export const assignRequestHandlerInput = z.object({ id: uuidField('id'), userId: uuidField('userId') });

export const addRequestCommentInput = z.object({
  id: uuidField('id'),
  body: textLine(5000, 'The comment'),
});

export const requestListInput = z.object({
  status: z.enum(requestStatuses).nullish(),
  kind: z.enum(requestKinds).nullish(),
  /** Inclusive: requests whose deadline in force is on or before this date. */
  dueBefore: optional(calendarDate('dueBefore')),
  first: pageSize,
  after: z.string().max(500).nullish(),
});

export const requestsDueSoonInput = z.object({
  withinDays: z
    .number()
    .int()
    .min(0, 'withinDays must be 0 or more')
    .max(366, 'withinDays must be at most 366')
    .nullish()
    .transform((v) => v ?? 7),
});
