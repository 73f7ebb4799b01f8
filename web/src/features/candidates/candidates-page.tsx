import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../lib/graphql-errors';
import { PageHeader } from '../../lib/page-header';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { useAbilities } from '../auth/use-session-user';
import { useCandidatesT } from './candidates.i18n';
import { CandidateFilters } from './candidate-filters';
import { readListParams, toCandidateFilter, writeListParams, type CandidateListParams } from './candidate-list-params';
import { CandidatesQuery } from './candidates.operations';
import { CandidatesTable } from './candidates-table';

const CandidateFormDialog = lazy(() => import('./candidate-form-dialog'));
const pageSize = 25;

export default function CandidatesPage() {
  const { t } = useCandidatesT();
  const { manage } = useAbilities();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [url, setUrl] = useSearchParams();
  const params = readListParams(url);
  const [moreFailed, setMoreFailed] = useState(false);
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(CandidatesQuery, {
    variables: { first: pageSize, filter: toCandidateFilter(params), sort: params.sort },
  });
  // While a new search loads, keep the last answer on screen (dimmed) instead of a blank page.
  const shown = data ?? previousData;
  const busy = !data && networkStatus !== NetworkStatus.error;
  const filtered = Boolean(params.search || params.status || params.source);

  function changeParams(next: CandidateListParams, typing = false) {
    setMoreFailed(false);
    // A new search is one step back; refining it as one types is not one step per pause.
    setUrl(writeListParams(next), { replace: typing && params.search !== '' });
  }

  async function loadMore() {
    const cursor = data?.candidates.pageInfo.endCursor;
    if (!cursor) return;
    setMoreFailed(false);
    try {
      await fetchMore({ variables: { after: cursor } });
    } catch {
      setMoreFailed(true);
    }
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} actions={manage && <Button onClick={() => setCreating(true)}>{t('create.button')}</Button>} />
      <CandidateFilters params={params} onChange={changeParams} />

      {error && !shown && <PageError title={t('loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
      {error && shown && (
        <Alert color="red" variant="light" role="alert">
          {describeError(error).message}
        </Alert>
      )}
      {!error && !shown && <PageLoader label={t('loading')} />}

      {shown && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {shown.candidates.totalCount === 0
              ? t('state.noHits', { ns: 'common' })
              : t('shown', { shown: shown.candidates.nodes.length, count: shown.candidates.totalCount })}
          </Text>
          {shown.candidates.totalCount === 0 ? (
            <EmptyState title={t('empty')} description={filtered ? t('emptyFiltered') : t('emptyNone')}>
              {filtered && (
                <EmptyState.Actions>
                  <Button variant="default" onClick={() => changeParams({ ...params, search: '', status: null, source: null })}>
                    {t('state.clearFilters', { ns: 'common' })}
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          ) : (
            <CandidatesTable nodes={shown.candidates.nodes} busy={busy} />
          )}
          {data?.candidates.pageInfo.hasNextPage && (
            <Group gap="sm">
              <Button variant="default" loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void loadMore()}>
                {t('state.showMore', { ns: 'common' })}
              </Button>
              {moreFailed && (
                <Text size="sm" c="red.9" role="alert">
                  {t('state.moreFailed', { ns: 'common' })}
                </Text>
              )}
            </Group>
          )}
        </>
      )}
      {creating && (
        <Suspense fallback={null}>
          <CandidateFormDialog
            onClose={() => setCreating(false)}
            onSaved={(id) => {
              setCreating(false);
              void navigate(`/kandidater/${id}`);
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}
