import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ProcessorRole } from '../../gql/graphql';
import { FilterSelect } from '../../lib/filter-select';
import { FilteredEmptyState, ListResults } from '../../lib/list-results';
import { ListTable } from '../../lib/list-table';
import { PageHeader } from '../../lib/page-header';
import { QueryState } from '../../lib/query-state';
import { SearchField } from '../../lib/search-field';
import { useUrlFilters } from '../../lib/url-filters';
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
  const filters = useUrlFilters();
  const { search } = filters;
  const role = filters.oneOf('rolle', roles);
  const { data, previousData, error, refetch, fetchMore } = useQuery(ProcessorsQuery, { variables: { search: search || null, role } });
  const shown = data ?? previousData;
  const filtered = Boolean(search || role);
  const columns = [t('columns.name'), t('columns.role'), t('columns.location'), t('columns.agreement'), t('columns.review')];

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} intro={t('intro')} actions={manage && <Button onClick={() => setCreating(true)}>{t('form.create')}</Button>} />
      <Group align="flex-end" gap="md">
        <SearchField formLabel={t('title')} label={t('searchLabel')} description={t('searchHint')} value={search} onSearch={filters.setSearch} />
        <FilterSelect label={t('role.label')} value={role} options={roles} optionLabel={(value) => t(`role.${value}`)} onChange={(value) => filters.set('rolle', value)} />
      </Group>
      {!shown ? (
        <QueryState error={error} errorTitle={t('loadFailed')} loadingLabel={t('loading')} onRetry={refetch} />
      ) : (
        <ListResults
          countText={t('count', { count: shown.processors.totalCount })}
          empty={
            shown.processors.totalCount === 0 ? (
              <FilteredEmptyState title={t('empty')} description={filtered ? t('emptyFiltered') : t('emptyNone')} filtered={filtered} onClearFilters={filters.clear} />
            ) : null
          }
          pageInfo={data?.processors.pageInfo}
          fetchMore={(after) => fetchMore({ variables: { after } })}
        >
          <ListTable label={t('title')} minWidth={820} busy={!data} columns={columns}>
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
          </ListTable>
        </ListResults>
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
