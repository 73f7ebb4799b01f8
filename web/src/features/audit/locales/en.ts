import type { Messages } from '../../../lib/i18n';
import type { auditNb } from './nb';

export const auditEn: Messages<typeof auditNb> = {
  title: 'Audit log',
  intro: 'Every read of and change to personal data, who did it and when. The log can only grow, and each entry is chained to the one before by a hash. The person is shown as a pseudonym.',
  filters: {
    actor: 'Who',
    anyActor: 'All users',
    person: 'About candidate',
    personPlaceholder: 'Search for a candidate',
    noCandidates: 'No candidates match the search',
    action: 'Action',
    actionHint: 'Exact (candidate.read) or prefix (candidate.)',
    from: 'From date',
    to: 'To date',
    clear: 'Clear the filters',
  },
  columns: { when: 'Time', actor: 'Who', action: 'Action', entity: 'Record', subject: 'Person (pseudonym)', details: 'Details', seq: 'No.' },
  system: 'The system',
  loading: 'Loading the log …',
  loadFailed: 'Could not load the log',
  empty: 'No entries match the filters.',
  chain: {
    title: 'The chain',
    verify: 'Verify the whole chain',
    ok: 'The chain is whole: {{entries}} entries, none altered or missing.',
    broken: 'The chain is broken at entry {{seq}}: {{reason}}',
    failed: 'Could not verify the chain',
  },
};
