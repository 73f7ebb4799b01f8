import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { getFragmentData } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { LoadMore } from '../../lib/load-more';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { useRetentionT } from './retention.i18n';
import { RetentionRunSummaryFragment, RetentionRunsQuery } from './retention.operations';
import { useStartedByText } from './started-by-text';
import { anyRunning, runProgress, runStatusColor } from './retention-wording';

const pollMs = 1500;

/** The job's runs, newest first; polled while one is going (here or elsewhere), so its progress moves. */
export function RetentionRunsList({ starting }: { starting: boolean }) {
  const { t } = useRetentionT();
  const startedBy = useStartedByText();
  const { data, error, refetch, fetchMore, startPolling, stopPolling } = useQuery(RetentionRunsQuery);
  const runs = (data?.retentionRuns.nodes ?? []).map((node) => getFragmentData(RetentionRunSummaryFragment, node));
  const poll = starting || anyRunning(runs);

  useEffect(() => {
    if (!poll) return;
    startPolling(pollMs);
    return () => stopPolling();
  }, [poll, startPolling, stopPolling]);

  return (
    <Stack gap="sm" component="section" aria-labelledby="retention-runs-title">
      <Title order={2} size="h3" id="retention-runs-title">
        {t('runs.title')}
      </Title>
      {error && !data && <PageError title={t('runs.loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
      {!error && !data && <PageLoader label={t('runs.loading')} />}
      {data && data.retentionRuns.totalCount === 0 && (
        <Text size="sm" c="dimmed">
          {t('runs.empty')}
        </Text>
      )}
      {data && data.retentionRuns.totalCount > 0 && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('runs.count', { count: data.retentionRuns.totalCount })}
          </Text>
          <Table.ScrollContainer minWidth={860}>
            <Table aria-labelledby="retention-runs-title" striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('runs.started')}</Table.Th>
                  <Table.Th scope="col">{t('runs.mode')}</Table.Th>
                  <Table.Th scope="col">{t('runs.status')}</Table.Th>
                  <Table.Th scope="col">{t('runs.triggeredBy')}</Table.Th>
                  <Table.Th scope="col">{t('runs.progress')}</Table.Th>
                  <Table.Th scope="col">{t('runs.finished')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {runs.map((run) => {
                  const started = formatDateTime(run.startedAt);
                  const progressLabel = t('runs.progressLabel', { processed: run.processed, total: run.total });
                  return (
                    <Table.Tr key={run.id} data-status={run.status} data-mode={run.mode}>
                      <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                        <Anchor component={Link} to={`/sletting/kjoringer/${run.id}`} size="sm" fw={500} aria-label={t('runs.reportLabel', { date: started })}>
                          {started}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{t(`mode.${run.mode}`)}</Table.Td>
                      <Table.Td>
                        <Badge variant="dot" color={runStatusColor(run.status)} tt="none" fw={600}>
                          {t(`status.${run.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td data-started-via={run.startedVia ?? 'unknown'}>{startedBy(run)}</Table.Td>
                      <Table.Td miw={180}>
                        {run.mode === 'dry_run' ? (
                          <Text size="sm" c="dimmed">
                            {t('runs.dryRunProgress')}
                          </Text>
                        ) : (
                          <>
                            <Progress
                          value={runProgress(run)}
                          color={runStatusColor(run.status)}
                          striped={run.status === 'running'}
                          animated={run.status === 'running'}
                          aria-label={progressLabel}
                          size="sm"
                        />
                            <Text size="xs" c="dimmed" mt={2}>
                              {progressLabel}
                            </Text>
                          </>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{run.finishedAt ? formatDateTime(run.finishedAt) : t('runs.notFinished')}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore hasNextPage={data.retentionRuns.pageInfo.hasNextPage} endCursor={data.retentionRuns.pageInfo.endCursor} fetchMore={(after) => fetchMore({ variables: { after } })} />
        </>
      )}
    </Stack>
  );
}
