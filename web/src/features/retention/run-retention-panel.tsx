import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData } from '../../gql';
import { describeError } from '../../lib/graphql-errors';
import { notifySuccess } from '../../lib/notify';
import { useRetentionT } from './retention.i18n';
import { RetentionRunReportFragment, RetentionRunSummaryFragment, RunRetentionMutation } from './retention.operations';
import { RunReport } from './run-report';

const ApplyRunDialog = lazy(() => import('./apply-run-dialog'));

type Props = { onRunningChange: (running: boolean) => void };

/**
 * "Kjør nå": a dry run answers with its report right here; applying asks for the password
 * first. The mutation answers when the run is done; meanwhile the runs list shows progress.
 */
export function RunRetentionPanel({ onRunningChange }: Props) {
  const { t } = useRetentionT();
  const [runRetention, { data, loading }] = useMutation(RunRetentionMutation, { refetchQueries: ['RetentionRuns', 'RetentionRules', 'OverviewWork'] });
  const [applying, setApplying] = useState(false);
  const [dryRunError, setDryRunError] = useState<string | null>(null);

  async function run(dryRun: boolean) {
    onRunningChange(true);
    try {
      await runRetention({ variables: { dryRun } });
      notifySuccess(dryRun ? t('run.dryRunDone') : t('run.applyDone'));
    } finally {
      onRunningChange(false);
    }
  }

  async function dryRun() {
    setDryRunError(null);
    try {
      await run(true);
    } catch (error) {
      const problem = describeError(error);
      setDryRunError(problem.code === 'CONFLICT' ? t('run.conflict') : problem.message);
    }
  }

  const result = data?.runRetention;
  const summary = result ? getFragmentData(RetentionRunSummaryFragment, result) : null;
  const report = result ? getFragmentData(RetentionRunReportFragment, result) : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="retention-run-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="retention-run-title">
          {t('run.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('run.intro')}
        </Text>
        <Group gap="sm">
          <Button onClick={() => void dryRun()} loading={loading && !applying} disabled={loading}>
            {t('run.dryRun')}
          </Button>
          <Button variant="outline" color="red.9" onClick={() => setApplying(true)} disabled={loading}>
            {t('run.apply')}
          </Button>
        </Group>
        {dryRunError && (
          <Alert color="red" variant="light" role="alert">
            {dryRunError}
          </Alert>
        )}
        {summary && report && summary.mode === 'dry_run' && (
          <Stack gap="xs" aria-live="polite">
            <Group justify="space-between" align="baseline">
              <Title order={3} size="h4">
                {t('run.latestDryRun')}
              </Title>
              <Anchor component={Link} to={`/sletting/kjoringer/${summary.id}`} size="sm">
                {t('run.openReport')}
              </Anchor>
            </Group>
            <RunReport report={report} mode={summary.mode} status={summary.status} headingLevel={4} />
          </Stack>
        )}
      </Stack>
      {applying && (
        <Suspense fallback={null}>
          <ApplyRunDialog onClose={() => setApplying(false)} onApply={() => run(false)} />
        </Suspense>
      )}
    </Paper>
  );
}
