import { z } from 'zod';
import { retentionActions, type retentionCategories, retentionClockStarts } from '@pvr/db/values';
import { pageSize, textLine, uuidField } from '../../shared/inputs.ts';

type Category = (typeof retentionCategories)[number];
type ClockStart = (typeof retentionClockStarts)[number];
type Action = (typeof retentionActions)[number];

/**
 * The event each category's clock starts from and what the job can do with it: a rule that says
 * otherwise would be a promise the job cannot keep. Staff accounts are anonymised, never deleted:
 * audit entries, notes and cases point at them.
 */
export const retentionCategoryRules: Record<Category, { countsFrom: ClockStart; actions: readonly Action[] }> = {
  inactive_candidates: { countsFrom: 'last_activity', actions: ['delete'] },
  call_notes_after_case_closed: { countsFrom: 'case_closed', actions: ['delete'] },
  answered_inquiries: { countsFrom: 'inquiry_answered', actions: ['delete'] },
  unconfirmed_subscribers: { countsFrom: 'unconfirmed_signup', actions: ['delete'] },
  staff_accounting_records: { countsFrom: 'financial_year_end', actions: ['delete'] },
  departed_staff_accounts: { countsFrom: 'departure', actions: ['anonymise'] },
};

/** Fields left out stay as they are. */
export const updateRetentionRuleInput = z.object({
  description: textLine(1000, 'Description').optional(),
  durationMonths: z.number().int('Whole months').min(1, 'At least one month').max(1200, 'At most 1200 months (100 years)').optional(),
  countsFrom: z.enum(retentionClockStarts).optional(),
  action: z.enum(retentionActions).optional(),
  legalBasis: textLine(1000, 'Legal basis').optional(),
  enabled: z.boolean().optional(),
});
export type UpdateRetentionRuleInput = z.input<typeof updateRetentionRuleInput>;

/** Rules across fields, on the merged rule: the clock and the action must be ones the job carries out. */
export function retentionRuleViolations(rule: { category: Category; countsFrom: ClockStart; action: Action }): { field: string; message: string }[] {
  const allowed = retentionCategoryRules[rule.category];
  const violations: { field: string; message: string }[] = [];
  if (rule.countsFrom !== allowed.countsFrom) violations.push({ field: 'countsFrom', message: `This category's clock starts at ${allowed.countsFrom}` });
  if (!allowed.actions.includes(rule.action)) violations.push({ field: 'action', message: `This category allows: ${allowed.actions.join(', ')}` });
  return violations;
}

export const retentionRunListInput = z.object({
  first: pageSize,
  after: z.string().max(500).nullish(),
});

export const runRetentionInput = z.object({ dryRun: z.boolean() });

export const retentionIdInput = z.object({ id: uuidField('id') });
