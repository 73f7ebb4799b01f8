import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FilterSelect } from '../../lib/filter-select';
import { FilteredEmptyState, ListResults } from '../../lib/list-results';
import { PageHeader } from '../../lib/page-header';
import { QueryState } from '../../lib/query-state';
import { useAbilities } from '../auth/use-session-user';
import { useComplianceT } from './compliance.i18n';
import { ComplianceTasksQuery, type ComplianceTaskItem } from './compliance.operations';
import { complianceTaskKinds, isFiltered, readTaskParams, toTaskFilter, writeTaskParams, type ComplianceListParams } from './compliance-params';
import { ComplianceTasksTable } from './compliance-tasks-table';

const AttestTaskDialog = lazy(() => import('./attest-task-dialog'));
const MarkDepartedDialog = lazy(() => import('./mark-departed-dialog'));

type Dialog = { kind: 'attest'; task: ComplianceTaskItem } | { kind: 'departure' } | null;

/** Internal-control tasks, soonest due first; partners attest them and register departures. */
export default function CompliancePage() {
  const { t } = useComplianceT();
  const { manage } = useAbilities();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [url, setUrl] = useSearchParams();
  const params = readTaskParams(url);
  const { data, previousData, error, refetch, fetchMore } = useQuery(ComplianceTasksQuery, { variables: { filter: toTaskFilter(params) } });
  const shown = data ?? previousData;
  const tasks = shown?.complianceTasks.nodes ?? [];
  const filtered = isFiltered(params);

  const change = (next: Partial<ComplianceListParams>) => setUrl(writeTaskParams({ ...params, ...next }));
  const yesNo = (value: 'ja' | 'nei' | null) => (value === null ? null : value === 'ja');
  const yesNoValue = (value: boolean | null) => (value === null ? null : value ? 'ja' : 'nei');

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} actions={manage && <Button variant="default" color="red" onClick={() => setDialog({ kind: 'departure' })}>{t('departure.open')}</Button>}>
        <Text c="dimmed" size="sm" maw={760}>
          {t('intro')}
        </Text>
      </PageHeader>
      <Group align="flex-end" gap="md">
        <FilterSelect label={t('kind.label')} value={params.kind} options={complianceTaskKinds} optionLabel={(value) => t(`kind.${value}`)} onChange={(kind) => change({ kind })} />
        <FilterSelect
          label={t('filters.overdue')}
          value={yesNoValue(params.overdue)}
          options={['ja', 'nei'] as const}
          optionLabel={(value) => (value === 'ja' ? t('filters.overdueOnly') : t('filters.notOverdue'))}
          onChange={(value) => change({ overdue: yesNo(value) })}
        />
        <FilterSelect
          label={t('filters.attested')}
          value={yesNoValue(params.attested)}
          options={['nei', 'ja'] as const}
          optionLabel={(value) => (value === 'nei' ? t('filters.openOnly') : t('filters.attestedOnly'))}
          onChange={(value) => change({ attested: yesNo(value) })}
        />
      </Group>
      {!shown ? (
        <QueryState error={error} errorTitle={t('loadFailed')} loadingLabel={t('loading')} onRetry={refetch} />
      ) : (
        <ListResults
          countText={t('count', { count: shown.complianceTasks.totalCount })}
          empty={
            shown.complianceTasks.totalCount === 0 ? (
              <FilteredEmptyState title={t('empty')} description={filtered ? t('emptyFiltered') : t('emptyNone')} filtered={filtered} onClearFilters={() => setUrl(new URLSearchParams())} />
            ) : null
          }
          pageInfo={data?.complianceTasks.pageInfo}
          fetchMore={(after) => fetchMore({ variables: { after } })}
        >
          <ComplianceTasksTable tasks={tasks} busy={!data} onAttest={manage ? (task) => setDialog({ kind: 'attest', task }) : undefined} />
        </ListResults>
      )}
      {dialog && (
        <Suspense fallback={null}>
          {dialog.kind === 'attest' ? <AttestTaskDialog task={dialog.task} onClose={() => setDialog(null)} /> : <MarkDepartedDialog onClose={() => setDialog(null)} />}
        </Suspense>
      )}
    </Stack>
  );
}
