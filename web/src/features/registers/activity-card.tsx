import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { ProcessingActivityFieldsFragment } from '../../gql/graphql';
import { Fact } from '../../lib/fact';
import { formatDateTime } from '../../lib/format';
import { legalBasisLabel, retentionRuleText } from './activity-vocabulary';
import { useRegistersT } from './registers.i18n';

type Props = { activity: ProcessingActivityFieldsFragment; onEdit?: () => void };

/** One activity of the record with every Art. 30(1) item, as the printable document lists them. */
export function ActivityCard({ activity: a, onEdit }: Props) {
  const { t } = useRegistersT();
  const titleId = `activity-${a.id}`;
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : t('none'));
  const rule = a.retentionRule;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={4}>
            <Title order={2} size="h4" id={titleId}>
              {a.name}
            </Title>
            <Text size="sm">{a.purpose}</Text>
          </Stack>
          {onEdit && (
            <Button size="xs" variant="default" onClick={onEdit} aria-label={t('form.editLabel', { name: a.name })} style={{ flexShrink: 0 }}>
              {t('form.edit')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
          <Fact
            label={t('fields.legalBasis')}
            value={
              <>
                {legalBasisLabel(t, a.legalBasis)}
                {a.legalBasisDetail && (
                  <Text span display="block" size="sm" c="dimmed">
                    {a.legalBasisDetail}
                  </Text>
                )}
              </>
            }
          />
          <Fact label={t('fields.subjects')} value={list(a.dataSubjectCategories)} />
          <Fact label={t('fields.data')} value={list(a.dataCategories)} />
          <Fact label={t('fields.recipients')} value={list(a.recipients)} />
          <Fact
            label={t('fields.processors')}
            value={
              a.processors.length
                ? a.processors.map((p, i) => (
                    <Fragment key={p.id}>
                      {i > 0 && ', '}
                      <Anchor component={Link} to={`/behandlere/${p.id}`} size="sm">
                        {p.name}
                      </Anchor>
                    </Fragment>
                  ))
                : t('none')
            }
          />
          <Fact label={t('fields.transfers')} value={a.thirdCountryTransfers ?? t('noTransfers')} />
          <Fact
            label={t('fields.retention')}
            value={
              rule ? (
                <>
                  {t(`category.${rule.category}`)}: {retentionRuleText(t, rule)}
                  {!rule.enabled && (
                    <Badge ml="xs" size="sm" variant="outline" color="gray" tt="none" fw={500}>
                      {t('retention.disabled')}
                    </Badge>
                  )}
                </>
              ) : (
                t('retention.none')
              )
            }
          />
          <Fact label={t('fields.security')} value={a.securityMeasures} />
          <Fact label={t('fields.updatedAt')} value={formatDateTime(a.updatedAt)} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
