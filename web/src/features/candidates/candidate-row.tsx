import { Anchor, Badge, Table } from '@mantine/core';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatDateTime, formatPhone } from '../../lib/format';
import { useCandidatesT } from './candidates.i18n';
import { statusColors } from './candidate-vocabulary';

export const CandidateRowFragment = graphql(`
  fragment CandidateRow on Candidate {
    id
    fullName
    email
    phone
    location
    status
    source
    lastActivityAt
  }
`);

const noWrap = { whiteSpace: 'nowrap' } as const;
const badgeStyles = { label: { overflow: 'visible' } } as const;

type CandidateRowProps = { candidate: FragmentType<typeof CandidateRowFragment> };

export function CandidateRow(props: CandidateRowProps) {
  const { t } = useCandidatesT();
  const candidate = getFragmentData(CandidateRowFragment, props.candidate);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Anchor component={Link} to={`/kandidater/${candidate.id}`} fw={500} size="sm">
          {candidate.fullName}
        </Anchor>
      </Table.Th>
      <Table.Td>{candidate.email ?? '–'}</Table.Td>
      <Table.Td style={noWrap}>{candidate.phone ? formatPhone(candidate.phone) : '–'}</Table.Td>
      <Table.Td>{candidate.location ?? '–'}</Table.Td>
      <Table.Td style={noWrap}>
        {/* "dot": body-coloured text (Mantine's tinted badges fall below WCAG AA contrast). The label
            may not shrink, or the table squeezes the column to the header's width and cuts it. */}
        <Badge variant="dot" color={statusColors[candidate.status]} tt="none" size="md" fw={500} styles={badgeStyles}>
          {t(`status.${candidate.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>{t(`source.${candidate.source}`)}</Table.Td>
      <Table.Td style={noWrap}>
        <time dateTime={candidate.lastActivityAt}>{formatDateTime(candidate.lastActivityAt)}</time>
      </Table.Td>
    </Table.Tr>
  );
}
