import { Group, NativeSelect } from '@mantine/core';
import type { CandidateListParams } from './candidate-list-params';
import { sortLabels, sourceLabels, statusLabels } from './candidate-labels';
import { CandidateSearchField } from './candidate-search-field';

type CandidateFiltersProps = { params: CandidateListParams; onChange: (next: CandidateListParams, typing?: boolean) => void };

const anyOption = { value: '', label: 'Alle' };
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function CandidateFilters({ params, onChange }: CandidateFiltersProps) {
  return (
    <Group align="flex-end" gap="md">
      <CandidateSearchField value={params.search} onSearch={(search) => onChange({ ...params, search }, true)} />
      <NativeSelect
        label="Status"
        data={[anyOption, ...options(statusLabels)]}
        value={params.status ?? ''}
        onChange={(event) => onChange({ ...params, status: (event.currentTarget.value || null) as CandidateListParams['status'] })}
      />
      <NativeSelect
        label="Kilde"
        data={[anyOption, ...options(sourceLabels)]}
        value={params.source ?? ''}
        onChange={(event) => onChange({ ...params, source: (event.currentTarget.value || null) as CandidateListParams['source'] })}
      />
      <NativeSelect
        label="Sortering"
        data={options(sortLabels)}
        value={params.sort}
        onChange={(event) => onChange({ ...params, sort: event.currentTarget.value as CandidateListParams['sort'] })}
      />
    </Group>
  );
}
