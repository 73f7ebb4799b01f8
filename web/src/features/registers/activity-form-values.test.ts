import { describe, expect, it } from 'vitest';
import type { ProcessingActivityFieldsFragment } from '../../gql/graphql';
import { activityFormValues, formFieldOf, listProblem } from './activity-form-values';

describe('the activity form', () => {
  it('starts a new activity empty, on consent, without a rule', () => {
    expect(activityFormValues()).toMatchObject({ name: '', legalBasis: 'consent', retentionRuleId: '', processorIds: [], recipients: [] });
  });

  it('starts an edit from the activity, optional fields as empty text', () => {
    const activity = {
      id: 'a1',
      name: 'Nyhetsbrev',
      purpose: 'Sende nyhetsbrev',
      legalBasis: 'consent',
      legalBasisDetail: null,
      dataSubjectCategories: ['abonnenter'],
      dataCategories: ['e-postadresse'],
      recipients: [],
      thirdCountryTransfers: null,
      securityMeasures: 'Tilgangsstyring',
      retentionRule: { id: 'r1' },
      processors: [{ id: 'p1', name: 'WP-Hosting AS' }],
      updatedAt: '2026-01-01T00:00:00Z',
    } as unknown as ProcessingActivityFieldsFragment;
    expect(activityFormValues(activity)).toEqual({
      name: 'Nyhetsbrev',
      purpose: 'Sende nyhetsbrev',
      legalBasis: 'consent',
      legalBasisDetail: '',
      dataSubjectCategories: ['abonnenter'],
      dataCategories: ['e-postadresse'],
      recipients: [],
      thirdCountryTransfers: '',
      securityMeasures: 'Tilgangsstyring',
      retentionRuleId: 'r1',
      processorIds: ['p1'],
    });
  });

  it("puts an API error on one list entry on the list's input", () => {
    expect(formFieldOf('recipients.2')).toBe('recipients');
    expect(formFieldOf('processorIds.0')).toBe('processorIds');
    expect(formFieldOf('name')).toBe('name');
    expect(formFieldOf('somethingElse')).toBeNull();
    expect(formFieldOf(null)).toBeNull();
  });

  it('tells a list with too many entries from one entry that is too long', () => {
    expect(listProblem(undefined)).toBeNull();
    expect(listProblem({ type: 'too_big', message: 'At most 50 entries' })).toBe('tooMany');
    expect(listProblem([undefined, { type: 'too_big', message: 'too long' }] as never)).toBe('entry');
    expect(listProblem({ type: 'server', message: 'Recipient is too long' })).toBe('entry');
  });
});
