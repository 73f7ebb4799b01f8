import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, EmptyState, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { SubscriberStatus } from '../../gql/graphql';
import { ConfirmAction } from '../../lib/confirm-action';
import { formatDate } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { LoadMore } from '../../lib/load-more';
import { notifySuccess } from '../../lib/notify';
import { PageHeader } from '../../lib/page-header';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { SearchField } from '../../lib/search-field';
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
  const [url, setUrl] = useSearchParams();
  const search = url.get('sok')?.trim() ?? '';
  const status = statuses.find((s) => s === url.get('status')) ?? null;
  const { data, previousData, error, refetch, fetchMore } = useQuery(SubscribersQuery, { variables: { search: search || null, status } });
  const [remove] = useMutation(RemoveSubscriberMutation, { refetchQueries: ['Subscribers'], awaitRefetchQueries: true });
  const shown = data ?? previousData;
  const filtered = Boolean(search || status);

  function change(key: 'sok' | 'status', value: string) {
    const next = new URLSearchParams(url);
    if (value) next.set(key, value);
    else next.delete(key);
    setUrl(next, { replace: key === 'sok' && search !== '' });
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} actions={manage && <Button onClick={() => setAdding(true)}>{t('add.button')}</Button>}>
        <Text c="dimmed" size="sm">
          {t('intro')}
        </Text>
      </PageHeader>
      <Group align="flex-end" gap="md">
        <SearchField formLabel={t('title')} label={t('searchLabel')} description={t('searchHint')} value={search} onSearch={(next) => change('sok', next)} />
        <NativeSelect
          label={t('status.label')}
          value={status ?? ''}
          onChange={(event) => change('status', event.currentTarget.value)}
          data={[{ value: '', label: t('state.all', { ns: 'common' }) }, ...statuses.map((value) => ({ value, label: t(`status.${value}`) }))]}
        />
      </Group>
      {error && !shown && <PageError title={t('loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
      {!error && !shown && <PageLoader label={t('loading')} />}
      {shown && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('count', { count: shown.subscribers.totalCount })}
          </Text>
          {shown.subscribers.totalCount === 0 ? (
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
            <Table.ScrollContainer minWidth={760}>
              <Table aria-label={t('title')} striped highlightOnHover verticalSpacing="xs" aria-busy={!data}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.email')}</Table.Th>
                    <Table.Th scope="col">{t('columns.status')}</Table.Th>
                    <Table.Th scope="col">{t('columns.source')}</Table.Th>
                    <Table.Th scope="col">{t('columns.created')}</Table.Th>
                    <Table.Th scope="col">{t('columns.confirmed')}</Table.Th>
                    <Table.Th scope="col">{t('columns.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
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
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <LoadMore hasNextPage={data?.subscribers.pageInfo.hasNextPage} endCursor={data?.subscribers.pageInfo.endCursor} fetchMore={(after) => fetchMore({ variables: { after } })} />
        </>
      )}
      {adding && (
        <Suspense fallback={null}>
          <AddSubscriberDialog onClose={() => setAdding(false)} />
        </Suspense>
      )}
    </Stack>
  );
}
