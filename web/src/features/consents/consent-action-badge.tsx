import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsentAction } from '../../gql/graphql';

const labelStyles = { label: { overflow: 'visible' } } as const;

/** Granted or withdrawn, in words and colour (the words carry the meaning; colour only helps). */
export function ConsentActionBadge({ action }: { action: ConsentAction }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={action === 'granted' ? 'teal' : 'red'} tt="none" fw={500} styles={labelStyles}>
      {t(`consentAction.${action}`)}
    </Badge>
  );
}
