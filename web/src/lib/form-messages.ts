import type { FieldError } from 'react-hook-form';

/**
 * The API's zod schemas speak English; a form shows its own Norwegian text per field, picked
 * by the issue code (`too_big`, `invalid_format`, …) with `default` for the rest.
 */
export type FieldMessages = { default: string } & Partial<Record<string, string>>;

export function fieldMessage(error: FieldError | undefined, messages: FieldMessages): string | undefined {
  if (!error) return undefined;
  return (error.type ? messages[error.type] : undefined) ?? messages.default;
}
