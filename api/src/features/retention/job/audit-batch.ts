import type { Transaction } from '@pvr/db';
import { writeAudit } from '../../../audit/audit.ts';
import type { RequestContext } from '../../../context.ts';
import type { RetentionRuleRow } from './types.ts';

/**
 * One audit entry per batch: which rule removed which records (ids and a count, never data).
 * The entry's request id is the run's, so the log ties every batch to its run report.
 */
export async function auditBatch(
  tx: Transaction,
  ctx: RequestContext,
  entry: { action: 'retention.delete' | 'retention.anonymise' | 'retention.warn'; entityType: string; rule: RetentionRuleRow; ids: readonly string[] },
): Promise<void> {
  if (entry.ids.length === 0) return;
  await writeAudit(tx, ctx, {
    action: entry.action,
    entityType: entry.entityType,
    details: { category: entry.rule.category, ruleId: entry.rule.id, count: entry.ids.length, ids: entry.ids },
  });
}
