import { Badge } from '@mantine/core';
import type { CaseStatus } from '../../gql/graphql';
import { useCasesT } from './cases.i18n';

const labelStyles = { label: { overflow: 'visible' } } as const;

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useCasesT();
  return (
    <Badge variant="dot" color={status === 'open' ? 'teal' : 'gray'} tt="none" fw={500} styles={labelStyles}>
      {t(`status.${status}`)}
    </Badge>
  );
}
