import type { schema } from '@pvr/db';
import { defaultRetentionRules } from '../features/retention/default-rules.ts';
import { demoId } from './ids.ts';

type RetentionRow = typeof schema.retentionRules.$inferInsert & { id: string };
type Category = RetentionRow['category'];

export const retentionRuleId = (category: Category) => demoId('retention-rule', category);

/** One rule per category: the defaults every installation gets, under the demo's stable ids. */
export function buildRetentionRules(updatedBy: string): RetentionRow[] {
  return defaultRetentionRules.map((rule) => ({ ...rule, id: retentionRuleId(rule.category), updatedBy }));
}
