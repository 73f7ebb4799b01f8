import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled fact in a `<dl>`: the label small and dimmed, the value below it. */
export function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {value}
      </Text>
    </div>
  );
}
