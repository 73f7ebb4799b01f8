import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CaseStatus } from '../../gql/graphql';
import { FilterSelect } from '../../lib/filter-select';
import { formatDate } from '../../lib/format';
import { FilteredEmptyState, ListResults } from '../../lib/list-results';
import { ListTable } from '../../lib/list-table';
import { PageHeader } from '../../lib/page-header';
import { QueryState } from '../../lib/query-state';
import { SearchField } from '../../lib/search-field';
import { useUrlFilters } from '../../lib/url-filters';
import { useAbilities } from '../auth/use-session-user';
import { CaseStatusBadge } from './case-status-badge';
import { useCasesT } from './cases.i18n';
import { CasesQuery } from './cases.operations';

const OpenCaseDialog = lazy(() => import('./open-case-dialog'));
const statuses: readonly CaseStatus[] = ['open', 'closed'];

export default function CasesPage() {
  const { t } = useCasesT();
  const abilities = useAbilities();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  const filters = useUrlFilters();
  const { search } = filters;
  const status = filters.oneOf('status', statuses);
  const { data, previousData, error, refetch, fetchMore } = useQuery(CasesQuery, { variables: { status, search: search || null, first: 25 } });
  const shown = data ?? previousData;
  const filtered = Boolean(search || status);
  const columns = [t('columns.reference'), t('columns.title'), t('columns.client'), t('columns.responsible'), t('columns.status'), t('columns.opened'), { label: t('columns.notes'), numeric: true }];

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} actions={abilities.manage && <Button onClick={() => setOpening(true)}>{t('open.button')}</Button>} />
      <Group align="flex-end" gap="md">
        <SearchField formLabel={t('title')} label={t('searchLabel')} description={t('searchHint')} value={search} onSearch={filters.setSearch} />
        <FilterSelect label={t('columns.status')} value={status} options={statuses} optionLabel={(value) => t(`status.${value}`)} onChange={(value) => filters.set('status', value)} />
      </Group>

      {!shown ? (
        <QueryState error={error} errorTitle={t('loadFailed')} loadingLabel={t('loading')} onRetry={refetch} />
      ) : (
        <ListResults
          countText={t('count', { count: shown.cases.totalCount })}
          empty={
            shown.cases.totalCount === 0 ? (
              <FilteredEmptyState
                title={t('empty')}
                description={filtered ? t('emptyFiltered') : abilities.role === 'staff' ? t('emptyStaff') : t('emptyNone')}
                filtered={filtered}
                onClearFilters={filters.clear}
              />
            ) : null
          }
          pageInfo={data?.cases.pageInfo}
          fetchMore={(after) => fetchMore({ variables: { after } })}
        >
          <ListTable label={t('title')} minWidth={800} busy={!data} dimWhenBusy columns={columns}>
            {shown.cases.nodes.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.reference}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/saker/${c.id}`} size="sm" fw={500}>
                    {c.title}
                  </Anchor>
                </Table.Th>
                <Table.Td>{c.clientName}</Table.Td>
                <Table.Td>{c.responsiblePartner.fullName}</Table.Td>
                <Table.Td>
                  <CaseStatusBadge status={c.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={c.openedAt}>{formatDate(c.openedAt)}</time>
                </Table.Td>
                <Table.Td ta="right">{c.callNoteCount}</Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        </ListResults>
      )}
      {opening && (
        <Suspense fallback={null}>
          <OpenCaseDialog
            onClose={() => setOpening(false)}
            onOpened={(id) => {
              setOpening(false);
              void navigate(`/saker/${id}`);
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}
