import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { PageHeader } from '../../lib/page-header';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { ConsentEventFieldsFragment } from '../consents/consents.operations';
import { subjectUrl } from '../consents/consent-subject';
import { ReviewDate } from '../processors/review-date';
import { ConsentActivityChart } from './consent-activity-chart';
import { OverviewWork } from './overview-work';
import { useOverviewT } from './overview.i18n';
import { OverviewQuery } from './overview.operations';

/** The start page for partners and auditors: what needs attention now, and how much each area holds. */
export default function OverviewPage() {
  const { t } = useOverviewT();
  // Fixed for this visit, so the query's variables (and its cache entry) stay the same.
  const [withdrawnSince] = useState(() => new Date(Date.now() - 30 * 86_400_000).toISOString());
  const { data, error, refetch, loading } = useQuery(OverviewQuery, { variables: { withdrawnSince }, fetchPolicy: 'cache-and-network' });

  if (error && !data) return <PageError title={t('loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;

  const { overview } = data;
  const counts = [
    { label: t('counts.candidates'), value: overview.counts.candidates, to: '/kandidater' },
    { label: t('counts.openCases'), value: overview.counts.openCases, to: '/saker?status=open' },
    { label: t('counts.subscribers'), value: overview.counts.subscribers, to: '/nyhetsbrev' },
    { label: t('counts.processors'), value: overview.counts.processors, to: '/behandlere' },
  ];
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        actions={
          <Button variant="default" size="xs" loading={loading} onClick={() => void refetch()}>
            {t('refresh')}
          </Button>
        }
      >
        <Text c="dimmed" size="sm">
          {t('intro')} {t('updated', { time: formatDateTime(overview.generatedAt) })}
        </Text>
      </PageHeader>

      <section aria-labelledby="overview-counts-title">
        <Title order={2} size="h4" id="overview-counts-title" mb="xs">
          {t('counts.title')}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {counts.map((count) => (
            <Paper key={count.to} component="li" withBorder p="md">
              <Anchor component={Link} to={count.to} underline="never" c="inherit">
                <Text size="sm" c="dimmed">
                  {count.label}
                </Text>
                <Text fz={28} fw={700} lh={1.2}>
                  {count.value.toLocaleString('nb-NO')}
                </Text>
              </Anchor>
            </Paper>
          ))}
        </SimpleGrid>
      </section>

      <OverviewWork />

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Card title={t('agreements.title')} id="overview-agreements">
          <Text size="sm" fw={600}>
            {t('agreements.reviewDue')}
          </Text>
          {data.agreementsDueForReview.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('agreements.noneDue')}
            </Text>
          ) : (
            <List spacing={4} size="sm">
              {data.agreementsDueForReview.map((a) => (
                <List.Item key={a.id}>
                  <Anchor component={Link} to={`/behandlere/${a.processor.id}`} size="sm">
                    {a.processor.name}
                  </Anchor>{' '}
                  – <ReviewDate reviewDueOn={a.reviewDueOn} status={a.status} />
                </List.Item>
              ))}
            </List>
          )}
          <Text size="sm" fw={600} mt="sm">
            {t('agreements.missing')}
          </Text>
          {data.processorsWithoutSignedAgreement.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('agreements.noneMissing')}
            </Text>
          ) : (
            <List spacing={4} size="sm">
              {data.processorsWithoutSignedAgreement.map((p) => (
                <List.Item key={p.id}>
                  <Anchor component={Link} to={`/behandlere/${p.id}`} size="sm" c="red.9" fw={600}>
                    {p.name}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
        </Card>

        <Card
          title={t('withdrawn.title')}
          id="overview-withdrawn"
          action={
            <Anchor component={Link} to="/samtykker?hendelse=withdrawn" size="sm">
              {t('withdrawn.all')} ({data.recentConsentEvents.totalCount})
            </Anchor>
          }
        >
          {data.recentConsentEvents.nodes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('withdrawn.none')}
            </Text>
          ) : (
            <List spacing={4} size="sm">
              {data.recentConsentEvents.nodes.map((node) => {
                const e = getFragmentData(ConsentEventFieldsFragment, node);
                const subject = e.candidateId ? { type: 'candidate' as const, id: e.candidateId } : e.subscriberId ? { type: 'subscriber' as const, id: e.subscriberId } : { type: 'person' as const, id: e.personEmail ?? '' };
                return (
                  <List.Item key={e.id}>
                    <Anchor component={Link} to={subjectUrl(subject)} size="sm">
                      {t(`purpose.${e.purpose}`, { ns: 'common' })}
                    </Anchor>{' '}
                    <Text span size="sm" c="dimmed">
                      – {formatDateTime(e.occurredAt)}
                    </Text>
                  </List.Item>
                );
              })}
            </List>
          )}
        </Card>
      </SimpleGrid>

      <ConsentActivityChart months={overview.consentActivity} />
    </Stack>
  );
}

function Card({ title, id, action, children }: { title: string; id: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
