import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageError, PageLoader } from '../../lib/page-state';
import { describeError } from '../../lib/graphql-errors';
import { CandidateFilters } from './candidate-filters';
import { readListParams, toCandidateFilter, writeListParams, type CandidateListParams } from './candidate-list-params';
import { CandidatesQuery } from './candidates.operations';
import { CandidatesTable } from './candidates-table';

const pageSize = 25;

export default function CandidatesPage() {
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
      <title>Kandidater – Personvernregister</title>
      <Title order={1}>Kandidater</Title>
      <CandidateFilters params={params} onChange={changeParams} />

      {error && !shown && <PageError title="Kunne ikke hente kandidater" message={describeError(error).message} onRetry={() => void refetch()} />}
      {error && shown && (
        <Alert color="red" variant="light" role="alert">
          {describeError(error).message}
        </Alert>
      )}
      {!error && !shown && <PageLoader label="Laster kandidater …" />}

      {shown && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {shown.candidates.totalCount === 0
              ? 'Ingen treff'
              : `Viser ${shown.candidates.nodes.length} av ${shown.candidates.totalCount} ${shown.candidates.totalCount === 1 ? 'kandidat' : 'kandidater'}`}
          </Text>
          {shown.candidates.totalCount === 0 ? (
            <EmptyState
              title="Ingen kandidater funnet"
              description={filtered ? 'Prøv et annet søk, eller fjern filtrene.' : 'Det er ikke registrert noen kandidater ennå.'}
            >
              {filtered && (
                <EmptyState.Actions>
                  <Button variant="default" onClick={() => changeParams({ ...params, search: '', status: null, source: null })}>
                    Fjern søk og filtre
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
                Vis flere
              </Button>
              {moreFailed && (
                <Text size="sm" c="red.8" role="alert">
                  Kunne ikke hente flere. Prøv igjen.
                </Text>
              )}
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
