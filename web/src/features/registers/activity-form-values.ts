import type { FieldError, Merge } from 'react-hook-form';
import type { LegalBasis, ProcessingActivityFieldsFragment } from '../../gql/graphql';

/** The activity form's values; the names are the API's, so its errors land on these fields. */
export type ActivityFormValues = {
  name: string;
  purpose: string;
  legalBasis: LegalBasis;
  legalBasisDetail: string;
  dataSubjectCategories: string[];
  dataCategories: string[];
  recipients: string[];
  thirdCountryTransfers: string;
  securityMeasures: string;
  retentionRuleId: string;
  processorIds: string[];
};

export const activityFields = [
  'name',
  'purpose',
  'legalBasis',
  'legalBasisDetail',
  'dataSubjectCategories',
  'dataCategories',
  'recipients',
  'thirdCountryTransfers',
  'securityMeasures',
  'retentionRuleId',
  'processorIds',
] as const satisfies readonly (keyof ActivityFormValues)[];

export const listFields = ['dataSubjectCategories', 'dataCategories', 'recipients', 'processorIds'] as const;

/** An activity as the form starts it: empty for a new one, its current values for an edit. */
export function activityFormValues(activity?: ProcessingActivityFieldsFragment): ActivityFormValues {
  return {
    name: activity?.name ?? '',
    purpose: activity?.purpose ?? '',
    legalBasis: activity?.legalBasis ?? 'consent',
    legalBasisDetail: activity?.legalBasisDetail ?? '',
    dataSubjectCategories: activity ? [...activity.dataSubjectCategories] : [],
    dataCategories: activity ? [...activity.dataCategories] : [],
    recipients: activity ? [...activity.recipients] : [],
    thirdCountryTransfers: activity?.thirdCountryTransfers ?? '',
    securityMeasures: activity?.securityMeasures ?? '',
    retentionRuleId: activity?.retentionRule?.id ?? '',
    processorIds: activity?.processors.map((p) => p.id) ?? [],
  };
}

/**
 * The form field an API error names: `dataCategories.3` (one entry of a list) belongs to the
 * list's input. Null for a field the form does not have.
 */
export function formFieldOf(field: string | null): (typeof activityFields)[number] | null {
  if (!field) return null;
  const name = field.split('.')[0];
  return activityFields.find((f) => f === name) ?? null;
}

/** A list's error: on the list itself (too many entries) or on one entry (too long). */
export type ListProblem = 'tooMany' | 'entry' | null;

export function listProblem(error: Merge<FieldError, (FieldError | undefined)[]> | undefined): ListProblem {
  if (!error) return null;
  if (Array.isArray(error)) return error.some(Boolean) ? 'entry' : null;
  return error.type === 'too_big' ? 'tooMany' : 'entry';
}
