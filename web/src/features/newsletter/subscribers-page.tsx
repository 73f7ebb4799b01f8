import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import type { SubscriberStatus } from '../../gql/graphql';
import { ConfirmAction } from '../../lib/confirm-action';
import { FilterSelect } from '../../lib/filter-select';
import { formatDate } from '../../lib/format';
import { FilteredEmptyState, ListResults } from '../../lib/list-results';
import { ListTable } from '../../lib/list-table';
import { notifySuccess } from '../../lib/notify';
import { PageHeader } from '../../lib/page-header';
import { QueryState } from '../../lib/query-state';
import { SearchField } from '../../lib/search-field';
import { useUrlFilters } from '../../lib/url-filters';
import { useAbilities } from '../auth/use-session-user';
import { subjectUrl } from '../consents/consent-subject';
import { useNewsletterT } from './newsletter.i18n';
import { RemoveSubscriberMutation, SubscribersQuery } from './newsletter.operations';

const AddSubscriberDialog = lazy(() => import('./add-subscriber-dialog'));
const statuses: readonly SubscriberStatus[] = ['active', 'pending'];
const labelStyles = { label: { overflow: 'visible' } } as const;

/** The newsletter list: partners add and remove addresses; auditors read it. */
export default function SubscribersPage() {
  const { t } = useNewsletterT();
  const { manage } = useAbilities();
  const [adding, setAdding] = useState(false);
  const filters = useUrlFilters();
  const { search } = filters;
  const status = filters.oneOf('status', statuses);
  const { data, previousData, error, refetch, fetchMore } = useQuery(SubscribersQuery, { variables: { search: search || null, status } });
  const [remove] = useMutation(RemoveSubscriberMutation, { refetchQueries: ['Subscribers'], awaitRefetchQueries: true });
  const shown = data ?? previousData;
  const filtered = Boolean(search || status);
  const columns = [t('columns.email'), t('columns.status'), t('columns.source'), t('columns.created'), t('columns.confirmed'), t('columns.actions')];

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} intro={t('intro')} actions={manage && <Button onClick={() => setAdding(true)}>{t('add.button')}</Button>} />
      <Group align="flex-end" gap="md">
        <SearchField formLabel={t('title')} label={t('searchLabel')} description={t('searchHint')} value={search} onSearch={filters.setSearch} />
        <FilterSelect label={t('status.label')} value={status} options={statuses} optionLabel={(value) => t(`status.${value}`)} onChange={(value) => filters.set('status', value)} />
      </Group>
      {!shown ? (
        <QueryState error={error} errorTitle={t('loadFailed')} loadingLabel={t('loading')} onRetry={refetch} />
      ) : (
        <ListResults
          countText={t('count', { count: shown.subscribers.totalCount })}
          empty={
            shown.subscribers.totalCount === 0 ? (
              <FilteredEmptyState title={t('empty')} description={filtered ? t('emptyFiltered') : t('emptyNone')} filtered={filtered} onClearFilters={filters.clear} />
            ) : null
          }
          pageInfo={data?.subscribers.pageInfo}
          fetchMore={(after) => fetchMore({ variables: { after } })}
        >
          <ListTable label={t('title')} minWidth={760} busy={!data} columns={columns}>
            {shown.subscribers.nodes.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Th scope="row" fw={500}>
                  {s.email}
                </Table.Th>
                <Table.Td>
                  <Badge variant="dot" color={s.status === 'active' ? 'teal' : 'yellow'} tt="none" fw={500} styles={labelStyles}>
                    {t(`status.${s.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{t(`source.${s.source}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(s.createdAt)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.confirmedAt ? formatDate(s.confirmedAt) : '–'}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={subjectUrl({ type: 'subscriber', id: s.id })} size="sm" aria-label={t('consentsFor', { email: s.email })}>
                      {t('consents')}
                    </Anchor>
                    {manage && (
                      <ConfirmAction
                        label={t('remove.button')}
                        buttonProps={{ size: 'xs', variant: 'subtle', 'aria-label': t('remove.label', { email: s.email }) }}
                        title={t('remove.title')}
                        text={t('remove.text', { email: s.email })}
                        confirmLabel={t('remove.confirm')}
                        danger
                        onConfirm={async () => {
                          await remove({ variables: { id: s.id } });
                          notifySuccess(t('remove.done'));
                        }}
                      />
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        </ListResults>
      )}
      {adding && (
        <Suspense fallback={null}>
          <AddSubscriberDialog onClose={() => setAdding(false)} />
        </Suspense>
      )}
    </Stack>
  );
}
