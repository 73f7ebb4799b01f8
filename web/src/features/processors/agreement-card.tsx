import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../gql';
import { Fact } from '../../lib/fact';
import { formatCalendarDate } from '../../lib/format';
import { formatBytes } from '../../lib/files';
import { art28Clauses } from './art28-clauses';
import { useProcessorsT } from './processors.i18n';
import { AgreementFieldsFragment } from './processors.operations';
import { ReviewDate } from './review-date';

type Props = { agreement: FragmentType<typeof AgreementFieldsFragment>; onEdit?: () => void };

/** One agreement: status, dates (the review date highlighted), the Art. 28(3) checklist and its document. */
export function AgreementCard({ agreement: ref, onEdit }: Props) {
  const { t } = useProcessorsT();
  const a = getFragmentData(AgreementFieldsFragment, ref);
  const isDpa = a.kind === 'data_processing_agreement';
  const missing = new Set(a.missingClauses);
  return (
    <Paper withBorder p="md" component="article" aria-label={t(`kind.${a.kind}`)}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="sm">
            <Title order={3} size="h5">
              {t(`kind.${a.kind}`)}
            </Title>
            <Badge variant="dot" color={a.status === 'signed' ? 'teal' : a.status === 'draft' ? 'yellow' : 'gray'} tt="none" fw={500}>
              {t(`status.${a.status}`)}
            </Badge>
          </Group>
          {onEdit && (
            <Button size="xs" variant="default" onClick={onEdit}>
              {t('agreement.edit')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0} spacing="sm">
          <Fact label={t('agreement.signedOn')} value={a.signedOn ? formatCalendarDate(a.signedOn) : '–'} />
          <Fact label={t('agreement.reviewDueOn')} value={<ReviewDate reviewDueOn={a.reviewDueOn} status={a.status} />} />
          <Fact
            label={t('agreement.document')}
            value={
              a.documentDownloadUrl && a.documentName ? (
                <Anchor href={a.documentDownloadUrl} download={a.documentName} size="sm" aria-label={t('agreement.download', { name: a.documentName })}>
                  {a.documentName}
                  {a.documentByteSize ? ` (${formatBytes(a.documentByteSize)})` : ''}
                </Anchor>
              ) : (
                t('agreement.noDocument')
              )
            }
          />
        </SimpleGrid>
        <Stack gap={6}>
          <Group gap="sm">
            <Text size="sm" fw={600}>
              {t('agreement.clauses')}
            </Text>
            {isDpa && (
              <Text size="sm" fw={600} c={missing.size ? 'red.9' : 'teal.9'}>
                {missing.size ? t('agreement.missingCount', { count: missing.size }) : t('agreement.allCovered')}
              </Text>
            )}
          </Group>
          {!isDpa && (
            <Text size="sm" c="dimmed">
              {t('agreement.clausesNotRequired')}
            </Text>
          )}
          <List spacing={4} size="sm" center>
            {art28Clauses.map((clause) => {
              const covered = a.clauses.includes(clause);
              const isMissing = missing.has(clause);
              return (
                <List.Item
                  key={clause}
                  data-clause={clause}
                  data-missing={isMissing || undefined}
                  icon={
                    <ThemeIcon size={18} radius="xl" color={covered ? 'teal.8' : isMissing ? 'red.9' : 'gray.6'} aria-hidden>
                      <Text size="xs" c="white" fw={700} lh={1}>
                        {covered ? '✓' : '✕'}
                      </Text>
                    </ThemeIcon>
                  }
                >
                  <Text span size="sm" fw={isMissing ? 600 : 400} c={isMissing ? 'red.9' : undefined}>
                    {t(`clause.${clause}`)}
                  </Text>
                  <Text span size="xs" c="dimmed">
                    {' – '}
                    {covered ? t('agreement.covered') : t('agreement.missing')}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        </Stack>
        {a.notes && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span c="dimmed" size="sm">
              {t('agreement.notes')}:{' '}
            </Text>
            {a.notes}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
