import { TextInput } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';
import type { CasePicker as Picker } from './case-picker';

const CasePicker = lazy(() => import('./case-picker').then((m) => ({ default: m.CasePicker })));

/** The case type-ahead where it is only sometimes needed: its combobox code loads when it is shown. */
export function LazyCasePicker(props: ComponentProps<typeof Picker>) {
  return (
    <Suspense fallback={<TextInput label={props.label ?? ' '} required={props.required} disabled />}>
      <CasePicker {...props} />
    </Suspense>
  );
}
