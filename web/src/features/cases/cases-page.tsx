import { useQuery } from '@apollo/client/react';
import { Anchor, Button, EmptyState, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CaseStatus } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { LoadMore } from '../../lib/load-more';
import { PageHeader } from '../../lib/page-header';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { SearchField } from '../../lib/search-field';
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
  const [url, setUrl] = useSearchParams();
  const search = url.get('sok')?.trim() ?? '';
  const status = statuses.find((s) => s === url.get('status')) ?? null;
  const { data, previousData, error, refetch, fetchMore } = useQuery(CasesQuery, { variables: { status, search: search || null, first: 25 } });
  const shown = data ?? previousData;
  const filtered = Boolean(search || status);

  function change(next: { search?: string; status?: CaseStatus | null }) {
    const params = new URLSearchParams();
    const nextSearch = next.search ?? search;
    const nextStatus = next.status === undefined ? status : next.status;
    if (nextSearch) params.set('sok', nextSearch);
    if (nextStatus) params.set('status', nextStatus);
    setUrl(params, { replace: next.search !== undefined && search !== '' });
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} actions={abilities.manage && <Button onClick={() => setOpening(true)}>{t('open.button')}</Button>} />
      <Group align="flex-end" gap="md">
        <SearchField formLabel={t('title')} label={t('searchLabel')} description={t('searchHint')} value={search} onSearch={(next) => change({ search: next })} />
        <NativeSelect
          label={t('columns.status')}
          value={status ?? ''}
          data={[{ value: '', label: t('state.all', { ns: 'common' }) }, ...statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
          onChange={(event) => change({ status: (event.currentTarget.value || null) as CaseStatus | null })}
        />
      </Group>

      {error && !shown && <PageError title={t('loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
      {!error && !shown && <PageLoader label={t('loading')} />}
      {shown && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('count', { count: shown.cases.totalCount })}
          </Text>
          {shown.cases.totalCount === 0 ? (
            <EmptyState title={t('empty')} description={filtered ? t('emptyFiltered') : abilities.role === 'staff' ? t('emptyStaff') : t('emptyNone')}>
              {filtered && (
                <EmptyState.Actions>
                  <Button variant="default" onClick={() => setUrl(new URLSearchParams())}>
                    {t('state.clearFilters', { ns: 'common' })}
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table aria-label={t('title')} aria-busy={!data} striped highlightOnHover verticalSpacing="xs" style={{ opacity: data ? 1 : 0.6 }}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.reference')}</Table.Th>
                    <Table.Th scope="col">{t('columns.title')}</Table.Th>
                    <Table.Th scope="col">{t('columns.client')}</Table.Th>
                    <Table.Th scope="col">{t('columns.responsible')}</Table.Th>
                    <Table.Th scope="col">{t('columns.status')}</Table.Th>
                    <Table.Th scope="col">{t('columns.opened')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('columns.notes')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
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
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <LoadMore
            hasNextPage={data?.cases.pageInfo.hasNextPage}
            endCursor={data?.cases.pageInfo.endCursor}
            fetchMore={(after) => fetchMore({ variables: { after } })}
          />
        </>
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
