import { Table } from '@mantine/core';
import type { CandidatesQuery } from '../../gql/graphql';
import { CandidateRow } from './candidate-row';

type CandidatesTableProps = { nodes: CandidatesQuery['candidates']['nodes']; busy: boolean };

export function CandidatesTable({ nodes, busy }: CandidatesTableProps) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Kandidater" aria-busy={busy} striped highlightOnHover verticalSpacing="xs" style={{ opacity: busy ? 0.6 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Navn</Table.Th>
            <Table.Th scope="col">E-post</Table.Th>
            <Table.Th scope="col">Telefon</Table.Th>
            <Table.Th scope="col">Sted</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Kilde</Table.Th>
            <Table.Th scope="col">Siste aktivitet</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {nodes.map((node) => (
            <CandidateRow key={node.id} candidate={node} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
