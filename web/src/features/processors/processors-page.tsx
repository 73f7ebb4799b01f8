import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, EmptyState, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ProcessorRole } from '../../gql/graphql';
import { describeError } from '../../lib/graphql-errors';
import { LoadMore } from '../../lib/load-more';
import { PageHeader } from '../../lib/page-header';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { SearchField } from '../../lib/search-field';
import { useAbilities } from '../auth/use-session-user';
import { useProcessorsT } from './processors.i18n';
import { ProcessorsQuery } from './processors.operations';
import { ReviewDate } from './review-date';
import { nextReview } from './review-urgency';

const ProcessorFormDialog = lazy(() => import('./processor-form-dialog'));
const roles: readonly ProcessorRole[] = ['processor', 'sub_processor', 'independent_controller'];
const labelStyles = { label: { overflow: 'visible' } } as const;

export default function ProcessorsPage() {
  const { t } = useProcessorsT();
  const { manage } = useAbilities();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [url, setUrl] = useSearchParams();
  const search = url.get('sok')?.trim() ?? '';
  const role = roles.find((r) => r === url.get('rolle')) ?? null;
  const { data, previousData, error, refetch, fetchMore } = useQuery(ProcessorsQuery, { variables: { search: search || null, role } });
  const shown = data ?? previousData;
  const filtered = Boolean(search || role);

  function change(key: 'sok' | 'rolle', value: string) {
    const next = new URLSearchParams(url);
    if (value) next.set(key, value);
    else next.delete(key);
    setUrl(next, { replace: key === 'sok' && search !== '' });
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} actions={manage && <Button onClick={() => setCreating(true)}>{t('form.create')}</Button>}>
        <Text c="dimmed" size="sm">
          {t('intro')}
        </Text>
      </PageHeader>
      <Group align="flex-end" gap="md">
        <SearchField formLabel={t('title')} label={t('searchLabel')} description={t('searchHint')} value={search} onSearch={(next) => change('sok', next)} />
        <NativeSelect
          label={t('role.label')}
          value={role ?? ''}
          onChange={(event) => change('rolle', event.currentTarget.value)}
          data={[{ value: '', label: t('state.all', { ns: 'common' }) }, ...roles.map((value) => ({ value, label: t(`role.${value}`) }))]}
        />
      </Group>
      {error && !shown && <PageError title={t('loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
      {!error && !shown && <PageLoader label={t('loading')} />}
      {shown && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('count', { count: shown.processors.totalCount })}
          </Text>
          {shown.processors.totalCount === 0 ? (
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
            <Table.ScrollContainer minWidth={820}>
              <Table aria-label={t('title')} striped highlightOnHover verticalSpacing="xs" aria-busy={!data}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('columns.role')}</Table.Th>
                    <Table.Th scope="col">{t('columns.location')}</Table.Th>
                    <Table.Th scope="col">{t('columns.agreement')}</Table.Th>
                    <Table.Th scope="col">{t('columns.review')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.processors.nodes.map((p) => {
                    const review = nextReview(p.agreements);
                    return (
                      <Table.Tr key={p.id}>
                        <Table.Th scope="row">
                          <Anchor component={Link} to={`/behandlere/${p.id}`} size="sm" fw={500}>
                            {p.name}
                          </Anchor>
                        </Table.Th>
                        <Table.Td>{t(`role.${p.role}`)}</Table.Td>
                        <Table.Td>
                          {t(`location.${p.dataLocation}`)}
                          {p.countries.length > 0 && (
                            <Text span size="sm" c="dimmed">
                              {' '}
                              ({p.countries.join(', ')})
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {!p.hasPersonalDataAccess ? (
                            <Text size="sm" c="dimmed">
                              {t('noAccess')}
                            </Text>
                          ) : p.hasSignedAgreement ? (
                            <Badge variant="dot" color="teal" tt="none" fw={500} styles={labelStyles}>
                              {t('signed')}
                            </Badge>
                          ) : (
                            <Badge variant="dot" color="red" tt="none" fw={700} styles={labelStyles}>
                              {t('missingAgreement')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{review ? <ReviewDate reviewDueOn={review.reviewDueOn} status={review.status} /> : '–'}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <LoadMore hasNextPage={data?.processors.pageInfo.hasNextPage} endCursor={data?.processors.pageInfo.endCursor} fetchMore={(after) => fetchMore({ variables: { after } })} />
        </>
      )}
      {creating && (
        <Suspense fallback={null}>
          <ProcessorFormDialog
            onClose={() => setCreating(false)}
            onSaved={(id) => {
              setCreating(false);
              void navigate(`/behandlere/${id}`);
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}
