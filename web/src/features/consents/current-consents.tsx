import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ConsentPurpose } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { ConsentActionBadge } from './consent-action-badge';
import { consentPurposes } from './consent-groups';
import { useConsentLookups } from './consent-lookups';
import { useConsentsT } from './consents.i18n';

export type ConsentStateRow = { purpose: ConsentPurpose; caseId?: string | null; granted: boolean; since: string };

type Props = { states: readonly ConsentStateRow[]; onWithdraw?: (state: ConsentStateRow) => void };

/** The state per purpose today, derived from the latest event; a granted one can be withdrawn as easily as it was given. */
export function CurrentConsents({ states, onWithdraw }: Props) {
  const { t } = useConsentsT();
  const lookups = useConsentLookups();
  if (states.length === 0) return <Text c="dimmed">{t('current.empty')}</Text>;
  const sorted = [...states].sort((a, b) => consentPurposes.indexOf(a.purpose) - consentPurposes.indexOf(b.purpose));
  return (
    <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {sorted.map((state) => {
        const purpose = t(`purpose.${state.purpose}`, { ns: 'common' });
        return (
          <Paper key={`${state.purpose}:${state.caseId ?? ''}`} component="li" withBorder p="xs" px="sm">
            <Group justify="space-between" gap="xs">
              <Group gap="sm">
                <Text fw={500} size="sm">
                  {purpose}
                  {state.caseId && (
                    <Text span c="dimmed" size="sm">
                      {' · '}
                      {t('current.forCase', { case: lookups.caseLabel(state.caseId) })}
                    </Text>
                  )}
                </Text>
                <ConsentActionBadge action={state.granted ? 'granted' : 'withdrawn'} />
                <Text size="sm" c="dimmed">
                  {t('current.since', { date: formatDateTime(state.since) })}
                </Text>
              </Group>
              {state.granted && onWithdraw && (
                <Button size="xs" variant="default" aria-label={t('current.withdrawLabel', { purpose })} onClick={() => onWithdraw(state)}>
                  {t('current.withdraw')}
                </Button>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
