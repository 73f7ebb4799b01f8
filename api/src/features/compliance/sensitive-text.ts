import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { findSensitiveData, type SensitiveFinding } from '../../shared/sensitive-data.ts';
import { parseInput } from '../../validation.ts';

export const checkSensitiveTextInput = z.object({
  text: z.string().max(20_000, 'The text is too long to check (max 20000)'),
});

/** What the dashboard asks before saving free text: where the guard would warn. */
export function checkSensitiveText(rawArgs: unknown): SensitiveFinding[] {
  const { text } = parseInput(checkSensitiveTextInput, rawArgs);
  return findSensitiveData(text);
}

/**
 * Refuses free text the guard warned about when no reason was given. The error names the
 * field and where the findings are, never the text itself.
 */
export function assertNoUnexplainedSensitiveData(field: string, text: string, overrideReason: string | null): { overridden: boolean } {
  const findings = findSensitiveData(text);
  if (findings.length === 0) return { overridden: false };
  if (overrideReason) return { overridden: true };
  throw new AppError('BAD_USER_INPUT', 'The text looks like it holds an identity number or sensitive personal data: remove it, or give a reason to keep it', {
    field,
    reason: 'SENSITIVE_DATA',
    findings: findings.map(({ kind, start, end }) => ({ kind, start, end })),
  });
}
