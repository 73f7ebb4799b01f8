import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** What identifies a person in free text. Email normalised, phone E.164, name as written. */
export type Identifiers = { email: string | null; phone: string | null; name: string | null };

export const redactedText = '[slettet]';
export const redactedName = 'Slettet person';

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A name with any run of whitespace between its parts, not inside a longer word. */
function namePattern(name: string): string | null {
  const parts = name.trim().split(/\s+/u).filter(Boolean).map(escapeRegExp);
  if (parts.length === 0) return null;
  return `(?<![\\p{L}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{N}])`;
}

/** An email, not as the tail of a longer address or the head of a longer domain. */
const emailPattern = (email: string) => `(?<![\\p{L}\\p{N}._%+-])${escapeRegExp(email)}(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])`;

/**
 * A phone number as people write it: with or without the country code (`+47`, `0047`, `(+47)`),
 * with spaces, dots or dashes between any digits (`412 34 567`, `41 23 45 67`, `+47 41234567`).
 */
function phonePattern(e164: string): string | null {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return null;
  const separator = '[\\s.\\u00a0-]?';
  const national = [...parsed.nationalNumber].join(separator);
  const country = [...parsed.countryCallingCode].join(separator);
  const prefix = `(?:\\(?(?:\\+|00)\\s?${country}\\)?${separator}|\\(?0\\)?${separator})?`;
  return `(?<![\\d+])${prefix}${national}(?!\\d)`;
}

export type Redactor = {
  /** Replaces every occurrence of the identifiers with `[slettet]`; null stays null. */
  redact<T extends string | null>(text: T): T;
  mentions(text: string | null): boolean;
  /** Digits of the phone's national number, for a coarse SQL pre-filter; null without a phone. */
  phoneDigits: string | null;
};

/**
 * Builds one case-insensitive, Unicode-aware pattern per identifier. Email first (it may
 * contain digits or name parts), then phone, then name. Replacement is a function, so `$`
 * in nothing is ever read as a back-reference.
 */
export function createRedactor(identifiers: Identifiers): Redactor {
  const sources = [
    identifiers.email ? emailPattern(identifiers.email) : null,
    identifiers.phone ? phonePattern(identifiers.phone) : null,
    identifiers.name ? namePattern(identifiers.name) : null,
  ].filter((source): source is string => Boolean(source));
  const patterns = sources.map((source) => new RegExp(source, 'giu'));
  const redact = <T extends string | null>(text: T): T => {
    if (text === null) return text;
    return patterns.reduce((current, pattern) => current.replace(pattern, () => redactedText), text as string) as T;
  };
  const phoneDigits = identifiers.phone ? (parsePhoneNumberFromString(identifiers.phone)?.nationalNumber ?? null) : null;
  return {
    redact,
    mentions: (text) => text !== null && redact(text) !== text,
    phoneDigits: phoneDigits ? String(phoneDigits) : null,
  };
}

/** Names compare trimmed, whitespace collapsed and in lower case. */
export const normaliseName = (name: string) => name.trim().replace(/\s+/gu, ' ').toLowerCase();
