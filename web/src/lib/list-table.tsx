import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column's heading; numbers are right-aligned under theirs. */
export type ListColumn = string | { label: string; numeric?: boolean };

type ListTableProps = {
  /** The table's accessible name: the list's title. */
  label: string;
  minWidth: number;
  /** The rows are the previous answer's while a new one loads. */
  busy: boolean;
  /** Dim those rows meanwhile. */
  dimWhenBusy?: boolean;
  columns: readonly ListColumn[];
  /** The rows: each list keeps its own cells. */
  children: ReactNode;
};

/** A list page's table: scrolls sideways on narrow screens, its column headings in one row. */
export function ListTable({ label, minWidth, busy, dimWhenBusy, columns, children }: ListTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table aria-label={label} aria-busy={busy} striped highlightOnHover verticalSpacing="xs" style={dimWhenBusy ? { opacity: busy ? 0.6 : 1 } : undefined}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) => {
              const { label: heading, numeric } = typeof column === 'string' ? { label: column, numeric: false } : column;
              return (
                <Table.Th key={index} scope="col" ta={numeric ? 'right' : undefined}>
                  {heading}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
