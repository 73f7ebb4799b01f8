import type { z } from 'zod';
import { AppError } from './errors.ts';

/**
 * Parses input with the same zod schema the web app uses. The first problem becomes a
 * BAD_USER_INPUT error that names its field; all problems are listed in `extensions.issues`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nulAt = pathOfNulByte(input, []);
  if (nulAt) {
    const field = nulAt.join('.');
    return raise(new AppError('BAD_USER_INPUT', `${field || 'input'}: Text may not contain NUL characters`, { field, issues: [{ field, message: 'Text may not contain NUL characters' }] }));
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  const first = issues[0] ?? { field: '', message: 'Invalid input' };
  return raise(new AppError('BAD_USER_INPUT', `${first.field || 'input'}: ${first.message}`, { field: first.field, issues }));
}

/**
 * PostgreSQL cannot store U+0000 in text (and no form can type it): refused here, in the one
 * place every input passes, rather than failing later as a database error.
 */
export function pathOfNulByte(value: unknown, path: (string | number)[], depth = 0): (string | number)[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = pathOfNulByte(item, [...path, Array.isArray(value) ? Number(key) : key], depth + 1);
    if (found) return found;
  }
  return null;
}

function raise(error: Error): never {
  throw error;
}
