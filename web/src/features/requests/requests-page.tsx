import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FilterSelect } from '../../lib/filter-select';
import { formatCalendarDate } from '../../lib/format';
import { FilteredEmptyState, ListResults } from '../../lib/list-results';
import { ListTable } from '../../lib/list-table';
import { PageHeader } from '../../lib/page-header';
import { QueryState } from '../../lib/query-state';
import { useUrlFilters } from '../../lib/url-filters';
import { useAbilities } from '../auth/use-session-user';
import { DeadlineBadge, RequestStatusBadge } from './deadline-badge';
import { requestKinds, requestStatuses } from './request-vocabulary';
import { useRequestsT } from './requests.i18n';
import { DataSubjectRequestsQuery } from './requests.operations';

const RegisterRequestDialog = lazy(() => import('./register-request-dialog'));

/** The register of data-subject requests, soonest deadline first; filters live in the URL. */
export default function RequestsPage() {
  const { t } = useRequestsT();
  const { manage } = useAbilities();
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  const filters = useUrlFilters();
  const status = filters.oneOf('status', requestStatuses);
  const kind = filters.oneOf('type', requestKinds);
  // Countdowns change with the day and with steps taken elsewhere: refresh on every visit.
  const { data, previousData, error, refetch, fetchMore } = useQuery(DataSubjectRequestsQuery, { variables: { status, kind }, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const filtered = Boolean(status || kind);
  const columns = [t('columns.kind'), t('columns.requester'), t('columns.received'), t('columns.due'), t('columns.handler'), t('columns.status')];

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} intro={t('intro')} actions={manage && <Button onClick={() => setRegistering(true)}>{t('register.open')}</Button>} />
      <Group align="flex-end" gap="md">
        <FilterSelect label={t('status.label')} value={status} options={requestStatuses} optionLabel={(value) => t(`status.${value}`)} onChange={(value) => filters.set('status', value)} />
        <FilterSelect label={t('kind.label')} value={kind} options={requestKinds} optionLabel={(value) => t(`kind.${value}`)} onChange={(value) => filters.set('type', value)} />
      </Group>
      {!shown ? (
        <QueryState error={error} errorTitle={t('loadFailed')} loadingLabel={t('loading')} onRetry={refetch} />
      ) : (
        <ListResults
          countText={t('count', { count: shown.dataSubjectRequests.totalCount })}
          empty={
            shown.dataSubjectRequests.totalCount === 0 ? (
              <FilteredEmptyState title={t('empty')} description={filtered ? t('emptyFiltered') : t('emptyNone')} filtered={filtered} onClearFilters={filters.clear} />
            ) : null
          }
          pageInfo={data?.dataSubjectRequests.pageInfo}
          fetchMore={(after) => fetchMore({ variables: { after } })}
        >
          <ListTable label={t('title')} minWidth={900} busy={!data} columns={columns}>
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
          </ListTable>
        </ListResults>
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
