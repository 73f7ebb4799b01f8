import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

/** Text typed in a type-ahead field, and the same text once the user pauses (what is sent to the API). */
export function useDebouncedSearch(initial = '', wait = 250) {
  const [text, setText] = useState(initial);
  const [debounced] = useDebouncedValue(text.trim(), wait);
  return { text, setText, debounced };
}
