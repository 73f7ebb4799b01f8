import type { z } from 'zod';
import { AppError } from './errors.ts';

/**
 * Parses input with the same zod schema the web app uses. The first problem becomes a
 * BAD_USER_INPUT error that names its field; all problems are listed in `extensions.issues`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  const first = issues[0] ?? { field: '', message: 'Invalid input' };
  return raise(new AppError('BAD_USER_INPUT', `${first.field || 'input'}: ${first.message}`, { field: first.field, issues }));
}

function raise(error: Error): never {
  throw error;
}
