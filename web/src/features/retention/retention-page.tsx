import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { getFragmentData } from '../../gql';
import type { RetentionRuleFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/graphql-errors';
import { PageHeader } from '../../lib/page-header';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { useAbilities } from '../auth/use-session-user';
import { useRetentionT } from './retention.i18n';
import { RetentionRuleFieldsFragment as RuleFields, RetentionRulesQuery } from './retention.operations';
import { RetentionRulesTable } from './retention-rules-table';
import { RetentionRunsList } from './retention-runs-list';
import { RunRetentionPanel } from './run-retention-panel';

const RetentionRuleDialog = lazy(() => import('./retention-rule-dialog'));

/** Retention rules, running the job now (partners), and the job's runs. Auditors read it all. */
export default function RetentionPage() {
  const { t } = useRetentionT();
  const { manage } = useAbilities();
  const [editing, setEditing] = useState<RetentionRuleFieldsFragment | null>(null);
  const [running, setRunning] = useState(false);
  const { data, error, refetch } = useQuery(RetentionRulesQuery);
  const rules = (data?.retentionRules ?? []).map((rule) => getFragmentData(RuleFields, rule));

  return (
    <Stack gap="xl">
      <PageHeader title={t('title')}>
        <Text c="dimmed" size="sm" maw={760}>
          {t('intro')}
        </Text>
      </PageHeader>
      <Stack gap="sm" component="section" aria-labelledby="retention-rules-title">
        <Title order={2} size="h3" id="retention-rules-title">
          {t('rules.title')}
        </Title>
        {error && !data && <PageError title={t('rules.loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
        {!error && !data && <PageLoader label={t('rules.loading')} />}
        {data && rules.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('rules.empty')}
          </Text>
        )}
        {rules.length > 0 && <RetentionRulesTable rules={rules} onEdit={manage ? setEditing : undefined} />}
      </Stack>
      {manage && <RunRetentionPanel onRunningChange={setRunning} />}
      <RetentionRunsList starting={running} />
      {editing && (
        <Suspense fallback={null}>
          <RetentionRuleDialog rule={editing} onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </Stack>
  );
}
