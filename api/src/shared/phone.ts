import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { z } from 'zod';

/** Phone numbers are stored as E.164; Norwegian numbers may be written without +47. */
export const phoneField = z
  .string()
  .trim()
  .max(32, 'Phone number is too long')
  .transform((value, ctx) => {
    const phone = parsePhoneNumberFromString(value, 'NO');
    if (!phone?.isValid()) {
      ctx.addIssue({ code: 'custom', message: 'Enter a valid phone number' });
      return z.NEVER;
    }
    return phone.number as string;
  });
