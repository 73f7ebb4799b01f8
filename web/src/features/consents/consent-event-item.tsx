import { Group, Stack, Text } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { ConsentActionBadge } from './consent-action-badge';
import { useConsentsT } from './consents.i18n';
import { ConsentEventFieldsFragment } from './consents.operations';

type Props = { event: FragmentType<typeof ConsentEventFieldsFragment>; userName: (id: string) => string };

/** One event in a timeline: what, when, how, the evidence, and who wrote it down. */
export function ConsentEventItem({ event: ref, userName }: Props) {
  const { t } = useConsentsT();
  const event = getFragmentData(ConsentEventFieldsFragment, ref);
  const evidence = [
    [t('history.form'), event.evidenceForm],
    [t('history.statement'), event.evidenceStatementVersion],
    [t('history.ip'), event.evidenceIpAnonymised],
    [t('history.note'), event.evidenceNote],
  ].filter((pair): pair is [string, string] => Boolean(pair[1]));
  return (
    <Stack gap={2} component="li" pb="sm" style={{ borderLeft: '2px solid var(--mantine-color-gray-4)', paddingLeft: 'var(--mantine-spacing-sm)' }}>
      <Group gap="xs">
        <ConsentActionBadge action={event.action} />
        <Text size="sm" fw={500}>
          <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
        </Text>
        <Text size="sm" c="dimmed">
          · {t(`consentMethod.${event.method}`, { ns: 'common' })}
        </Text>
      </Group>
      {evidence.map(([label, value]) => (
        <Text key={label} size="sm">
          <Text span c="dimmed" size="sm">
            {label}:
          </Text>{' '}
          {value}
        </Text>
      ))}
      <Text size="xs" c="dimmed">
        {t('history.recordedAt', { date: formatDateTime(event.recordedAt) })}{' '}
        {event.recordedById ? t('history.recordedBy', { name: userName(event.recordedById) }) : t('history.selfService')}
      </Text>
    </Stack>
  );
}
