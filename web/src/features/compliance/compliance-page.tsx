import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { describeError } from '../../lib/graphql-errors';
import { LoadMore } from '../../lib/load-more';
import { PageHeader } from '../../lib/page-header';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
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

  const change = (next: Partial<ComplianceListParams>) => setUrl(writeTaskParams({ ...params, ...next }));
  const yesNo = (value: string) => (value === 'ja' ? true : value === 'nei' ? false : null);
  const yesNoValue = (value: boolean | null) => (value === null ? '' : value ? 'ja' : 'nei');

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} actions={manage && <Button variant="default" color="red" onClick={() => setDialog({ kind: 'departure' })}>{t('departure.open')}</Button>}>
        <Text c="dimmed" size="sm" maw={760}>
          {t('intro')}
        </Text>
      </PageHeader>
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t('kind.label')}
          value={params.kind ?? ''}
          onChange={(event) => change({ kind: complianceTaskKinds.find((k) => k === event.currentTarget.value) ?? null })}
          data={[{ value: '', label: t('state.all', { ns: 'common' }) }, ...complianceTaskKinds.map((value) => ({ value, label: t(`kind.${value}`) }))]}
        />
        <NativeSelect
          label={t('filters.overdue')}
          value={yesNoValue(params.overdue)}
          onChange={(event) => change({ overdue: yesNo(event.currentTarget.value) })}
          data={[
            { value: '', label: t('state.all', { ns: 'common' }) },
            { value: 'ja', label: t('filters.overdueOnly') },
            { value: 'nei', label: t('filters.notOverdue') },
          ]}
        />
        <NativeSelect
          label={t('filters.attested')}
          value={yesNoValue(params.attested)}
          onChange={(event) => change({ attested: yesNo(event.currentTarget.value) })}
          data={[
            { value: '', label: t('state.all', { ns: 'common' }) },
            { value: 'nei', label: t('filters.openOnly') },
            { value: 'ja', label: t('filters.attestedOnly') },
          ]}
        />
      </Group>
      {error && !shown && <PageError title={t('loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
      {!error && !shown && <PageLoader label={t('loading')} />}
      {shown && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('count', { count: shown.complianceTasks.totalCount })}
          </Text>
          {shown.complianceTasks.totalCount === 0 ? (
            <EmptyState title={t('empty')} description={isFiltered(params) ? t('emptyFiltered') : t('emptyNone')}>
              {isFiltered(params) && (
                <EmptyState.Actions>
                  <Button variant="default" onClick={() => setUrl(new URLSearchParams())}>
                    {t('state.clearFilters', { ns: 'common' })}
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          ) : (
            <ComplianceTasksTable tasks={tasks} busy={!data} onAttest={manage ? (task) => setDialog({ kind: 'attest', task }) : undefined} />
          )}
          <LoadMore
            hasNextPage={data?.complianceTasks.pageInfo.hasNextPage}
            endCursor={data?.complianceTasks.pageInfo.endCursor}
            fetchMore={(after) => fetchMore({ variables: { after } })}
          />
        </>
      )}
      {dialog && (
        <Suspense fallback={null}>
          {dialog.kind === 'attest' ? <AttestTaskDialog task={dialog.task} onClose={() => setDialog(null)} /> : <MarkDepartedDialog onClose={() => setDialog(null)} />}
        </Suspense>
      )}
    </Stack>
  );
}
