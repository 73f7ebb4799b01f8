import { z } from 'zod';
import { consentMethods, subscriberStatuses } from '@pvr/db/values';
import { emailField, optionalText, pageSize, uuidField } from '../../shared/inputs.ts';

export const addSubscriberInput = z.object({
  email: emailField,
  consentMethod: z.enum(consentMethods),
  evidenceNote: optionalText(2000),
});
export type AddSubscriberInput = z.input<typeof addSubscriberInput>;

export const subscriberListInput = z.object({
  search: z.string().trim().max(200).nullish(),
  status: z.enum(subscriberStatuses).nullish(),
  first: pageSize,
  after: z.string().max(500).nullish(),
});

export const removeSubscriberInput = z.object({ id: uuidField('id') });
