import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

type SearchFieldProps = { label: string; description?: string; formLabel: string; value: string; onSearch: (search: string) => void };

/** Searches as the user types (after a pause), or at once on Enter. */
export function SearchField({ label, description, formLabel, value, onSearch }: SearchFieldProps) {
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const searchSoon = useDebouncedCallback((next: string) => onSearch(next.trim()), 300);

  // The search changed elsewhere (Back, a link): show it in the field.
  if (value !== shownValue) {
    setShownValue(value);
    if (value !== text.trim()) setText(value);
  }

  return (
    <form
      role="search"
      aria-label={formLabel}
      onSubmit={(event) => {
        event.preventDefault();
        searchSoon.cancel();
        onSearch(text.trim());
      }}
    >
      <TextInput
        type="search"
        label={label}
        description={description}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          searchSoon(event.currentTarget.value);
        }}
        maxLength={200}
        w={{ base: '100%', sm: 300 }}
      />
    </form>
  );
}
