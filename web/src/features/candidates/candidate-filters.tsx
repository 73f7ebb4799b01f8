import { Group, NativeSelect } from '@mantine/core';
import { useCandidatesT } from './candidates.i18n';
import type { CandidateListParams } from './candidate-list-params';
import { candidateSorts, candidateSources, candidateStatuses } from './candidate-vocabulary';
import { CandidateSearchField } from './candidate-search-field';

type CandidateFiltersProps = { params: CandidateListParams; onChange: (next: CandidateListParams, typing?: boolean) => void };

export function CandidateFilters({ params, onChange }: CandidateFiltersProps) {
  const { t } = useCandidatesT();
  const any = { value: '', label: t('filters.any') };
  return (
    <Group align="flex-end" gap="md">
      <CandidateSearchField value={params.search} onSearch={(search) => onChange({ ...params, search }, true)} />
      <NativeSelect
        label={t('filters.status')}
        data={[any, ...candidateStatuses.map((value) => ({ value, label: t(`status.${value}`) }))]}
        value={params.status ?? ''}
        onChange={(event) => onChange({ ...params, status: (event.currentTarget.value || null) as CandidateListParams['status'] })}
      />
      <NativeSelect
        label={t('filters.source')}
        data={[any, ...candidateSources.map((value) => ({ value, label: t(`source.${value}`) }))]}
        value={params.source ?? ''}
        onChange={(event) => onChange({ ...params, source: (event.currentTarget.value || null) as CandidateListParams['source'] })}
      />
      <NativeSelect
        label={t('filters.sort')}
        data={candidateSorts.map((value) => ({ value, label: t(`sort.${value}`) }))}
        value={params.sort}
        onChange={(event) => onChange({ ...params, sort: event.currentTarget.value as CandidateListParams['sort'] })}
      />
    </Group>
  );
}
