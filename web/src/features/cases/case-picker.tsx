import { useQuery } from '@apollo/client/react';
import { Select, type ComboboxItem } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useDebouncedSearch } from '../../lib/use-debounced-search';
import { useCasesT } from './cases.i18n';
import { SearchCasesQuery } from './cases.operations';

export type PickedCase = { id: string; label: string };

type CasePickerProps = {
  value: PickedCase | null;
  onChange: (value: PickedCase | null) => void;
  error?: string | undefined;
  required?: boolean;
  /** A closed case takes no notes: shown, but not choosable. */
  openOnly?: boolean;
  label?: string;
  autoFocus?: boolean;
};

/** Type-ahead over the cases the user may reach (open cases first), searching title, client and reference. */
export function CasePicker({ value, onChange, error, required, openOnly, label, autoFocus }: CasePickerProps) {
  const { t } = useCasesT();
  const search = useDebouncedSearch(value?.label ?? '');
  const [opened, setOpened] = useState(false);
  const { data, previousData, loading } = useQuery(SearchCasesQuery, { variables: { text: search.debounced }, skip: !opened && !search.debounced });
  const found = (data ?? previousData)?.searchCases ?? [];
  // It may load after the dialog opened (it comes in its own chunk): take the focus then.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const options: ComboboxItem[] = found.map((c) => ({
    value: c.id,
    label: `${c.reference} · ${c.title} (${c.clientName})${c.status === 'closed' ? ` – ${t('dialog.closedCase')}` : ''}`,
    disabled: openOnly && c.status === 'closed',
  }));
  // The chosen case stays an option while the list shows other hits, or Select would forget it.
  if (value && !options.some((o) => o.value === value.id)) options.unshift({ value: value.id, label: value.label });

  return (
    <Select
      label={label ?? t('dialog.case')}
      placeholder={t('dialog.casePlaceholder')}
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
      // The API has already matched the text; Mantine must not filter again.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? undefined : t('dialog.noCases')}
      error={error}
      ref={input}
      data-autofocus={autoFocus || undefined}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}
