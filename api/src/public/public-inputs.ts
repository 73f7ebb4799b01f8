import { z } from 'zod';
import { emailField, optional, textLine } from '../shared/inputs.ts';
import { phoneField } from '../shared/phone.ts';

/** The website's forms, as recorded in consent evidence (form id). */
export const publicForms = { newsletterSignup: 'website-newsletter-signup' } as const;

export const subscribeInput = z.object({ email: emailField });

export const contactInput = z.object({
  name: textLine(200, 'Name'),
  email: emailField,
  phone: optional(phoneField),
  message: textLine(5000, 'Message'),
});

export const selfServiceLinkInput = z.object({ email: emailField });

const bounce = z.object({ email: emailField, kind: z.enum(['hard', 'soft']) });
/** One bounce, or a batch of them (what most providers' webhooks send). */
export const bounceInput = z.union([bounce.transform((b) => [b]), z.array(bounce).min(1).max(500)]);

/** The token posted by the "Min konto" forms (43 base64url characters = 32 random bytes). */
export const selfServiceFormInput = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a valid link'),
  confirm: z.string().optional(),
});
