import { answeredInquiries } from './answered-inquiries.ts';
import { closedCaseNotes } from './closed-case-notes.ts';
import { departedStaffAccounts } from './departed-staff.ts';
import { inactiveCandidates } from './inactive-candidates.ts';
import { staffAccountingRecords } from './staff-accounting.ts';
import type { CategoryHandler, RetentionCategory } from './types.ts';
import { unconfirmedSubscribers } from './unconfirmed-subscribers.ts';

/** Every retention category and what finds and removes its records. */
export const categoryHandlers: Record<RetentionCategory, CategoryHandler> = {
  inactive_candidates: inactiveCandidates,
  call_notes_after_case_closed: closedCaseNotes,
  answered_inquiries: answeredInquiries,
  unconfirmed_subscribers: unconfirmedSubscribers,
  staff_accounting_records: staffAccountingRecords,
  departed_staff_accounts: departedStaffAccounts,
};
