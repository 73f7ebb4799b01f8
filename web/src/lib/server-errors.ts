import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { describeError } from './graphql-errors';

/**
 * Puts the API's refusal where the user can act on it: on the field it names (BAD_USER_INPUT
 * or CONFLICT with `extensions.field`), or above the form. Returns the field, if any.
 */
export function applyServerError<T extends FieldValues>(form: UseFormReturn<T, unknown, never> | UseFormReturn<T, unknown, unknown>, error: unknown, fields: readonly Path<T>[]): Path<T> | null {
  const problem = describeError(error);
  const field = fields.find((name) => name === problem.field) ?? null;
  if (field && (problem.code === 'BAD_USER_INPUT' || problem.code === 'CONFLICT')) {
    (form as UseFormReturn<T>).setError(field, { type: problem.code === 'CONFLICT' ? 'conflict' : 'server', message: problem.message }, { shouldFocus: true });
    return field;
  }
  (form as UseFormReturn<T>).setError('root.server' as Path<T>, { type: problem.code, message: problem.message });
  return null;
}

/**
 * `form.handleSubmit` for a form that sends its values to the API: a refusal lands on the field
 * it names (one of `fields`) or above the form, and the dialog stays open.
 */
export function handleSubmitWithServerErrors<T extends FieldValues, O>(form: UseFormReturn<T, unknown, O>, fields: readonly Path<T>[], send: (values: O) => Promise<unknown>) {
  return form.handleSubmit(async (values) => {
    try {
      await send(values);
    } catch (error) {
      applyServerError(form as unknown as UseFormReturn<T>, error, fields);
    }
  });
}
