import type { CategoryHandler } from './types.ts';

/**
 * Accounting records about staff (salary, expense claims) are kept five years from the end of
 * the financial year (bokføringsloven § 13). The register holds no such records — they live in
 * the accounting system — so this rule finds nothing; it is here so the rule is enforced the
 * day such records arrive, and so the report says so rather than staying silent.
 */
export const staffAccountingRecords: CategoryHandler = {
  category: 'staff_accounting_records',
  note: 'no_records_held',
  countDue: async () => 0,
  exampleIds: async () => [],
  applyBatch: async () => [],
};
