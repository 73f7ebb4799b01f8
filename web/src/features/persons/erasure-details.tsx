import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../gql';
import type { ErasureCountsFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { CvRecipientFragment, ErasureCountsFragment } from './persons.operations';
import { usePersonsT } from './persons.i18n';

type CountKey = Exclude<keyof ErasureCountsFieldsFragment, '__typename' | ' $fragmentName'>;

/** What goes for good, in the order a person would ask about it. */
const deletedKeys = ['candidate', 'documents', 'shares', 'consentEvents', 'subscriber', 'inquiries', 'emails', 'selfServiceTokens', 'idempotencyRecords'] as const satisfies readonly CountKey[];
/** What stays, without the person: it documents a case or that the firm answered. */
const redactedKeys = ['callNotesRedacted', 'requestsRedacted', 'requestCommentsRedacted'] as const satisfies readonly CountKey[];

export const erasesAnything = (counts: ErasureCountsFieldsFragment) => [...deletedKeys, ...redactedKeys].some((key) => counts[key] > 0);

type CountsProps = { counts: FragmentType<typeof ErasureCountsFragment>; deletedTitle: string; redactedTitle: string; explain?: boolean };

/** The erasure's counts in plain words: what is deleted, and what is kept without the person and why. */
export function ErasureCounts({ counts: ref, deletedTitle, redactedTitle, explain = false }: CountsProps) {
  const { t } = usePersonsT();
  const counts = getFragmentData(ErasureCountsFragment, ref);
  const deleted = deletedKeys.filter((key) => counts[key] > 0);
  const redacted = redactedKeys.filter((key) => counts[key] > 0);
  return (
    <Stack gap="sm">
      {deleted.length > 0 && (
        <div>
          <Title order={3} size="h6" mb={4}>
            {deletedTitle}
          </Title>
          <List size="sm" spacing={2}>
            {deleted.map((key) => (
              <List.Item key={key}>{t(`item.${key}`, { count: counts[key] })}</List.Item>
            ))}
          </List>
        </div>
      )}
      {redacted.length > 0 && (
        <div>
          <Title order={3} size="h6" mb={4}>
            {redactedTitle}
          </Title>
          <List size="sm" spacing={2}>
            {redacted.map((key) => (
              <List.Item key={key}>{t(`item.${key}`, { count: counts[key] })}</List.Item>
            ))}
          </List>
          {explain && (
            <Text size="sm" c="dimmed" mt={4}>
              {t('erase.redactedWhy')}
            </Text>
          )}
        </div>
      )}
    </Stack>
  );
}

type RecipientsProps = { recipients: readonly FragmentType<typeof CvRecipientFragment>[]; title: string; hint: string; none: string };

/** The clients who received the CV: the firm must tell each of them to delete it. */
export function CvRecipients({ recipients: refs, title, hint, none }: RecipientsProps) {
  const { t } = usePersonsT();
  const recipients = getFragmentData(CvRecipientFragment, refs);
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <Title order={3} size="h6">
        {title}
      </Title>
      {recipients.length === 0 ? (
        <Text size="sm">{none}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
          <Paper withBorder p="xs">
            <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
              {recipients.map((r) => (
                <li key={`${r.caseReference}-${r.recipient}-${r.sharedAt}`}>
                  <Text size="sm" fw={500}>
                    {r.recipient}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('erase.inCase', { reference: r.caseReference, title: r.caseTitle })} · {t('erase.sharedAt', { date: formatDateTime(r.sharedAt) })}
                  </Text>
                </li>
              ))}
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}
