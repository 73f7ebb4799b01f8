import { TextInput } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';
import type { CandidatePicker as Picker } from './candidate-picker';

const CandidatePicker = lazy(() => import('./candidate-picker').then((m) => ({ default: m.CandidatePicker })));

/**
 * The candidate type-ahead, loaded after the page: its combobox and popover code weighs more
 * than the pages that offer it as a filter. Until then a disabled field holds its place.
 */
export function LazyCandidatePicker(props: ComponentProps<typeof Picker>) {
  return (
    <Suspense fallback={<TextInput label={props.label} placeholder={props.placeholder} disabled w={props.w} />}>
      <CandidatePicker {...props} />
    </Suspense>
  );
}
