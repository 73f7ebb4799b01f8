import { z } from 'zod';

/** Emails are stored trimmed and in lower case; the database checks the same. */
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Email is too long')
  .pipe(z.email('Enter a valid email address'));

/** A required line of text: trimmed, not empty, bounded. */
export const textLine = (max: number, label = 'This field') =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} is too long (max ${max})`);

/** Optional free text: empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Too long (max ${max})`)
    .nullish()
    .transform((value) => (value ? value : null));

export const optional = <S extends z.ZodType>(field: S) =>
  z.preprocess((value) => (value === '' ? null : value), field.nullish()).transform((v) => v ?? null);

export const uuidField = (label = 'id') => z.uuid(`${label} must be a valid id`);

/** Page size for list queries: 1–100, 25 by default. */
export const pageSize = z.number().int().min(1, 'first must be at least 1').max(100, 'first must be at most 100').default(25);
