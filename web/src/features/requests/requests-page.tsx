import { useQuery } from '@apollo/client/react';
import { Anchor, Button, EmptyState, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatCalendarDate } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { LoadMore } from '../../lib/load-more';
import { PageHeader } from '../../lib/page-header';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { useAbilities } from '../auth/use-session-user';
import { DeadlineBadge, RequestStatusBadge } from './deadline-badge';
import { oneOf, requestKinds, requestStatuses } from './request-vocabulary';
import { useRequestsT } from './requests.i18n';
import { DataSubjectRequestsQuery } from './requests.operations';

const RegisterRequestDialog = lazy(() => import('./register-request-dialog'));

/** The register of data-subject requests, soonest deadline first; filters live in the URL. */
export default function RequestsPage() {
  const { t } = useRequestsT();
  const { manage } = useAbilities();
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  const [url, setUrl] = useSearchParams();
  const status = oneOf(url.get('status'), requestStatuses);
  const kind = oneOf(url.get('type'), requestKinds);
  // Countdowns change with the day and with steps taken elsewhere: refresh on every visit.
  const { data, previousData, error, refetch, fetchMore } = useQuery(DataSubjectRequestsQuery, { variables: { status, kind }, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const filtered = Boolean(status || kind);

  function change(key: 'status' | 'type', value: string) {
    const next = new URLSearchParams(url);
    if (value) next.set(key, value);
    else next.delete(key);
    setUrl(next);
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} actions={manage && <Button onClick={() => setRegistering(true)}>{t('register.open')}</Button>}>
        <Text c="dimmed" size="sm">
          {t('intro')}
        </Text>
      </PageHeader>
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t('status.label')}
          value={status ?? ''}
          onChange={(event) => change('status', event.currentTarget.value)}
          data={[{ value: '', label: t('state.all', { ns: 'common' }) }, ...requestStatuses.map((value) => ({ value, label: t(`status.${value}`) }))]}
        />
        <NativeSelect
          label={t('kind.label')}
          value={kind ?? ''}
          onChange={(event) => change('type', event.currentTarget.value)}
          data={[{ value: '', label: t('state.all', { ns: 'common' }) }, ...requestKinds.map((value) => ({ value, label: t(`kind.${value}`) }))]}
        />
      </Group>
      {error && !shown && <PageError title={t('loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
      {!error && !shown && <PageLoader label={t('loading')} />}
      {shown && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('count', { count: shown.dataSubjectRequests.totalCount })}
          </Text>
          {shown.dataSubjectRequests.totalCount === 0 ? (
            <EmptyState title={t('empty')} description={filtered ? t('emptyFiltered') : t('emptyNone')}>
              {filtered && (
                <EmptyState.Actions>
                  <Button variant="default" onClick={() => setUrl(new URLSearchParams())}>
                    {t('state.clearFilters', { ns: 'common' })}
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table aria-label={t('title')} striped highlightOnHover verticalSpacing="xs" aria-busy={!data}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.kind')}</Table.Th>
                    <Table.Th scope="col">{t('columns.requester')}</Table.Th>
                    <Table.Th scope="col">{t('columns.received')}</Table.Th>
                    <Table.Th scope="col">{t('columns.due')}</Table.Th>
                    <Table.Th scope="col">{t('columns.handler')}</Table.Th>
                    <Table.Th scope="col">{t('columns.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.dataSubjectRequests.nodes.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Th scope="row">
                        <Anchor component={Link} to={`/foresporsler/${r.id}`} size="sm" fw={500} aria-label={t('detail.heading', { kind: t(`kind.${r.kind}`), name: r.requesterName })}>
                          {t(`kind.${r.kind}`)}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{r.requesterName}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <time dateTime={r.receivedOn}>{formatCalendarDate(r.receivedOn)}</time>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
                            <time dateTime={r.dueOn}>{formatCalendarDate(r.dueOn)}</time>
                          </Text>
                          <DeadlineBadge request={r} />
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {r.handler?.fullName ?? (
                          <Text span size="sm" c="dimmed">
                            {t('noHandler')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <RequestStatusBadge status={r.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <LoadMore
            hasNextPage={data?.dataSubjectRequests.pageInfo.hasNextPage}
            endCursor={data?.dataSubjectRequests.pageInfo.endCursor}
            fetchMore={(after) => fetchMore({ variables: { after } })}
          />
        </>
      )}
      {registering && (
        <Suspense fallback={null}>
          <RegisterRequestDialog
            onClose={() => setRegistering(false)}
            onRegistered={(id) => {
              setRegistering(false);
              void navigate(`/foresporsler/${id}`);
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}
