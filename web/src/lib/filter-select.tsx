import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type FilterSelectProps<T extends string> = {
  label: string;
  value: T | null;
  options: readonly T[];
  optionLabel: (value: T) => string;
  onChange: (value: T | null) => void;
};

/** A list filter: "All" (no filter) first, then the values it can take. */
export function FilterSelect<T extends string>({ label, value, options, optionLabel, onChange }: FilterSelectProps<T>) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      value={value ?? ''}
      onChange={(event) => onChange(options.find((option) => option === event.currentTarget.value) ?? null)}
      data={[{ value: '', label: t('state.all') }, ...options.map((option) => ({ value: option, label: optionLabel(option) }))]}
    />
  );
}
