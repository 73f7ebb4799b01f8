import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { getFragmentData } from '../../gql';
import { Fact } from '../../lib/fact';
import { formatDateTime } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { PageHeader } from '../../lib/page-header';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { useRetentionT } from './retention.i18n';
import { RetentionRunQuery, RetentionRunReportFragment, RetentionRunSummaryFragment } from './retention.operations';
import { runStatusColor } from './retention-wording';
import { RunReport } from './run-report';
import { useStartedByText } from './started-by-text';

/** One run's report: when, who, how far it got, and each rule's line. */
export default function RetentionRunPage() {
  const { t } = useRetentionT();
  const startedBy = useStartedByText();
  const { id = '' } = useParams();
  const { data, error, refetch, startPolling, stopPolling } = useQuery(RetentionRunQuery, { variables: { id } });
  const run = data ? getFragmentData(RetentionRunSummaryFragment, data.retentionRun) : null;
  const running = run?.status === 'running';

  useEffect(() => {
    if (!running) return;
    startPolling(1500);
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);

  if (error && !data) {
    return (
      <Stack gap="md">
        <BackLink />
        <PageError title={t('report.loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />
      </Stack>
    );
  }
  if (!data || !run) return <PageLoader label={t('report.loading')} />;

  const report = getFragmentData(RetentionRunReportFragment, data.retentionRun);
  return (
    <Stack gap="lg">
      <BackLink />
      <PageHeader title={t('report.title', { date: formatDateTime(run.startedAt) })} documentTitle={t('report.documentTitle')}>
        <Badge variant="dot" color={runStatusColor(run.status)} tt="none" fw={600} size="lg">
          {t(`mode.${run.mode}`)} · {t(`status.${run.status}`)}
        </Badge>
      </PageHeader>
      <Paper withBorder p="md" component="section" aria-labelledby="run-facts-title">
        <Title order={2} size="h4" id="run-facts-title" mb="sm">
          {t('report.facts')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" component="dl" m={0}>
          <Fact label={t('runs.started')} value={formatDateTime(run.startedAt)} />
          <Fact label={t('runs.finished')} value={run.finishedAt ? formatDateTime(run.finishedAt) : t('runs.notFinished')} />
          <Fact label={t('report.asOf')} value={formatDateTime(report.asOf)} />
          <Fact label={t('runs.triggeredBy')} value={startedBy(run)} />
          <Fact label={t('runs.progress')} value={run.mode === 'dry_run' ? t('runs.dryRunProgress') : t('runs.progressLabel', { processed: run.processed, total: run.total })} />
          {report.failure && <Fact label={t('report.failure')} value={report.failure} />}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" component="section">
        <RunReport report={report} mode={run.mode} status={run.status} />
      </Paper>
    </Stack>
  );
}

function BackLink() {
  const { t } = useRetentionT();
  return (
    <Anchor component={Link} to="/sletting" size="sm">
      ← {t('report.back')}
    </Anchor>
  );
}
