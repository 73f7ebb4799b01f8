import type { TypePolicies } from '@apollo/client';
import { keysetConnection } from './keyset-pagination';

/** How the cache stores lists and objects; shared by the app and its cache tests. */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      candidates: keysetConnection(['filter', 'sort']),
      cases: keysetConnection(['status', 'search']),
      subscribers: keysetConnection(['search', 'status']),
      processors: keysetConnection(['search', 'role']),
      consentHistory: keysetConnection(['subject', 'purpose', 'action', 'from', 'to']),
      recentConsentEvents: keysetConnection(['action', 'purpose', 'from', 'to']),
      auditLog: keysetConnection(['filter']),
      dataSubjectRequests: keysetConnection(['status', 'kind', 'dueBefore']),
      retentionRuns: keysetConnection([]),
      complianceTasks: keysetConnection(['filter']),
    },
  },
  // A case's notes are one list, paged with "show more"; a new note is prepended in the cache.
  Case: { fields: { callNotes: keysetConnection([]) } },
  // Consent states and overview figures have no id of their own: they belong to their parent.
  ConsentState: { keyFields: false },
  Overview: { keyFields: [] },
};
