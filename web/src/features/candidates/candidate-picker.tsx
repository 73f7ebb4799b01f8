import { useQuery } from '@apollo/client/react';
import { Select, type ComboboxItem } from '@mantine/core';
import { useState } from 'react';
import { useDebouncedSearch } from '../../lib/use-debounced-search';
import { useCandidatesT } from './candidates.i18n';
import { CandidateOptionsQuery } from './candidates.operations';

export type PickedCandidate = { id: string; label: string };

type CandidatePickerProps = {
  label: string;
  placeholder: string;
  nothingFound: string;
  value: PickedCandidate | null;
  onChange: (value: PickedCandidate | null) => void;
  error?: string | undefined;
  required?: boolean;
  autoFocus?: boolean;
  w?: number | string;
};

/** Type-ahead over candidates by name, email or phone. */
export function CandidatePicker({ label, placeholder, nothingFound, value, onChange, error, required, autoFocus, w }: CandidatePickerProps) {
  const { t } = useCandidatesT();
  const search = useDebouncedSearch(value?.label ?? '');
  const [opened, setOpened] = useState(false);
  const { data, previousData, loading } = useQuery(CandidateOptionsQuery, {
    variables: { search: search.debounced || null },
    skip: !opened && !search.debounced,
  });
  const found = (data ?? previousData)?.candidates.nodes ?? [];
  const options: ComboboxItem[] = found.map((c) => ({ value: c.id, label: c.email ? `${c.fullName} (${c.email})` : c.fullName }));
  if (value && !options.some((o) => o.value === value.id)) options.unshift({ value: value.id, label: value.label });

  return (
    <Select
      label={label}
      placeholder={placeholder}
      required={required}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('state.clear', { ns: 'common' }) }}
      data={options}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id ? { id, label: option?.label ?? '' } : null)}
      searchValue={search.text}
      onSearchChange={search.setText}
      onDropdownOpen={() => setOpened(true)}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? undefined : nothingFound}
      error={error}
      data-autofocus={autoFocus || undefined}
      maxDropdownHeight={280}
      w={w}
    />
  );
}
