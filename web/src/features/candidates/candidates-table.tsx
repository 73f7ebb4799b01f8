import { Table } from '@mantine/core';
import type { CandidatesQuery } from '../../gql/graphql';
import { useCandidatesT } from './candidates.i18n';
import { CandidateRow } from './candidate-row';

type CandidatesTableProps = { nodes: CandidatesQuery['candidates']['nodes']; busy: boolean };

export function CandidatesTable({ nodes, busy }: CandidatesTableProps) {
  const { t } = useCandidatesT();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label={t('title')} aria-busy={busy} striped highlightOnHover verticalSpacing="xs" style={{ opacity: busy ? 0.6 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.name')}</Table.Th>
            <Table.Th scope="col">{t('columns.email')}</Table.Th>
            <Table.Th scope="col">{t('columns.phone')}</Table.Th>
            <Table.Th scope="col">{t('columns.location')}</Table.Th>
            <Table.Th scope="col">{t('columns.status')}</Table.Th>
            <Table.Th scope="col">{t('columns.source')}</Table.Th>
            <Table.Th scope="col">{t('columns.lastActivity')}</Table.Th>
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
