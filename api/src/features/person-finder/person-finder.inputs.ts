import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { z } from 'zod';

/**
 * What a partner typed into "find the person everywhere", read as one of three kinds:
 * an email (has @), a phone number (only digits and phone punctuation), or else a name.
 */
export type PersonQuery =
  | { kind: 'email'; email: string }
  /** `numbers`: stored E.164 forms to match exactly; `mention`: a regex over digit runs in free text. */
  | { kind: 'phone'; numbers: string[]; mention: string }
  | { kind: 'name'; text: string };

const phoneLike = /^[+\d\s().-]+$/;
const e164 = /^\+[1-9]\d{7,14}$/;
export const minPhoneDigits = 5;

/** Phone numbers as stored (E.164, Norwegian without +47 accepted) and as written in a note. */
export function phoneQueryOf(raw: string): { numbers: string[]; mention: string } | null {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < minPhoneDigits) return null;
  const numbers = new Set<string>();
  const alternatives = new Set<string>();
  const parsed = parsePhoneNumberFromString(raw, 'NO');
  if (parsed?.isValid()) {
    numbers.add(parsed.number);
    const code = parsed.countryCallingCode;
    alternatives.add(`(\\+?${code}|00${code})?${parsed.nationalNumber}`);
  }
  // The raw digits too: a foreign number typed without its +, or one libphonenumber rejects.
  const international = digits.startsWith('00') ? digits.slice(2) : digits;
  if (e164.test(`+${international}`)) numbers.add(`+${international}`);
  alternatives.add(`(\\+|00)?${international}`);
  // Digits only inside: safe to put into the pattern as they are.
  return { numbers: [...numbers], mention: `(^|[^0-9])(${[...alternatives].join('|')})([^0-9]|$)` };
}

export const findPersonInput = z
  .object({
    query: z.string().trim().min(2, 'Type at least 2 characters').max(200, 'The search is too long (max 200)'),
  })
  .transform(({ query }, ctx): PersonQuery => {
    if (query.includes('@')) return { kind: 'email', email: query.toLowerCase() };
    if (phoneLike.test(query)) {
      const phone = phoneQueryOf(query);
      if (!phone) {
        ctx.addIssue({ code: 'custom', path: ['query'], message: `A phone number needs at least ${minPhoneDigits} digits` });
        return z.NEVER;
      }
      return { kind: 'phone', ...phone };
    }
    return { kind: 'name', text: query };
  });
export type FindPersonInput = z.input<typeof findPersonInput>;
