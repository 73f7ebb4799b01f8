import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Fact } from '../../lib/fact';
import { formatDateTime } from '../../lib/format';
import type { ErasureOutcome } from './erasure-dialog';
import { CvRecipients, ErasureCounts } from './erasure-details';
import { usePersonsT } from './persons.i18n';

/** What an erasure did: the proof that remains, the counts, and who must now be told. */
export function ErasureResult({ result }: { result: ErasureOutcome }) {
  const { t } = usePersonsT();
  return (
    <Stack gap="md" role="status" aria-label={t('result.title')}>
      <div>
        {/* teal.9: Mantine's default teal falls below 4.5:1 on white. */}
        <Title order={3} size="h4" c="teal.9">
          {t('result.title')}
        </Title>
        <Text size="sm">{t('result.intro')}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
        <Fact label={t('result.tombstone')} value={<code>{result.tombstoneId}</code>} />
        <Fact label={t('result.erasedAt')} value={formatDateTime(result.erasedAt)} />
      </SimpleGrid>
      <ErasureCounts counts={result.counts} deletedTitle={t('result.deleted')} redactedTitle={t('result.redacted')} />
      <CvRecipients recipients={result.recipientsToNotify} title={t('result.notify')} hint={t('result.notifyHint')} none={t('result.noNotify')} />
    </Stack>
  );
}
