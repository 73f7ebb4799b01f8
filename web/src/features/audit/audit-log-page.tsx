import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Alert, Button, Code, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { LoadMore } from '../../lib/load-more';
import { PageHeader } from '../../lib/page-header';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { SearchField } from '../../lib/search-field';
import { LazyCandidatePicker } from '../candidates/lazy-candidate-picker';
import { readAuditParams, summariseDetails, toAuditFilter, writeAuditParams, type AuditFilterParams } from './audit-filters';
import { useAuditT } from './audit.i18n';
import { AuditActorsQuery, AuditChainStatusQuery, AuditLogQuery } from './audit.operations';

/** The audit log for partners and auditors: who did what, about whom (a pseudonym), when; filters in the URL. */
export default function AuditLogPage() {
  const { t } = useAuditT();
  const [url, setUrl] = useSearchParams();
  const params = readAuditParams(url);
  const actors = useQuery(AuditActorsQuery);
  const { data, previousData, error, refetch, fetchMore } = useQuery(AuditLogQuery, { variables: { filter: toAuditFilter(params) } });
  const shown = data ?? previousData;
  const set = (next: Partial<AuditFilterParams>) => setUrl(writeAuditParams({ ...params, ...next }), { replace: true });
  const filtered = Object.values(params).some(Boolean);

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')}>
        <Text c="dimmed" size="sm" maw={820}>
          {t('intro')}
        </Text>
      </PageHeader>
      <ChainStatus />
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('filters.actor')}
          value={params.actorId}
          onChange={(event) => set({ actorId: event.currentTarget.value })}
          data={[{ value: '', label: t('filters.anyActor') }, ...(actors.data?.users ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${t(`role.${u.role}`, { ns: 'common' })})` }))]}
        />
        <LazyCandidatePicker
          label={t('filters.person')}
          placeholder={t('filters.personPlaceholder')}
          nothingFound={t('filters.noCandidates')}
          value={params.candidateId ? { id: params.candidateId, label: '' } : null}
          onChange={(picked) => set({ candidateId: picked?.id ?? '' })}
          w={260}
        />
        <SearchField formLabel={t('filters.action')} label={t('filters.action')} description={t('filters.actionHint')} value={params.action} onSearch={(action) => set({ action })} />
        <TextInput label={t('filters.from')} type="date" value={params.from} onChange={(event) => set({ from: event.currentTarget.value })} />
        <TextInput label={t('filters.to')} type="date" value={params.to} onChange={(event) => set({ to: event.currentTarget.value })} />
        {filtered && (
          <Button variant="default" onClick={() => setUrl(new URLSearchParams(), { replace: true })}>
            {t('filters.clear')}
          </Button>
        )}
      </Group>
      {error && !shown && <PageError title={t('loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
      {error && shown && (
        <Alert color="red" variant="light" role="alert">
          {describeError(error).message}
        </Alert>
      )}
      {!error && !shown && <PageLoader label={t('loading')} />}
      {shown &&
        (shown.auditLog.nodes.length === 0 ? (
          <Text c="dimmed" role="status">
            {t('empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={960}>
            <Table aria-label={t('title')} striped verticalSpacing={6} fz="sm" aria-busy={!data}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('columns.seq')}</Table.Th>
                  <Table.Th scope="col">{t('columns.when')}</Table.Th>
                  <Table.Th scope="col">{t('columns.actor')}</Table.Th>
                  <Table.Th scope="col">{t('columns.action')}</Table.Th>
                  <Table.Th scope="col">{t('columns.entity')}</Table.Th>
                  <Table.Th scope="col">{t('columns.subject')}</Table.Th>
                  <Table.Th scope="col">{t('columns.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.auditLog.nodes.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{entry.seq}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                    </Table.Td>
                    <Table.Td>
                      {entry.actor?.fullName ?? t('system')}
                      {entry.actorRole && (
                        <Text span c="dimmed" size="xs">
                          {' · '}
                          {t(`role.${entry.actorRole}`, { ns: 'common' })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Code>{entry.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      {entry.entityType}
                      {entry.entityId && (
                        <Text span c="dimmed" size="xs">
                          {' '}
                          {entry.entityId.slice(0, 8)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{entry.subjectPseudonym ? <Code>{entry.subjectPseudonym.slice(0, 12)}</Code> : '–'}</Table.Td>
                    <Table.Td>{summariseDetails(entry.detailsJson) || '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
      <LoadMore hasNextPage={data?.auditLog.pageInfo.hasNextPage} endCursor={data?.auditLog.pageInfo.endCursor} fetchMore={(after) => fetchMore({ variables: { after } })} />
    </Stack>
  );
}

/** Recomputing the chain reads the whole log, so it runs when asked, not on every visit. */
function ChainStatus() {
  const { t } = useAuditT();
  const [verify, { data, loading, error }] = useLazyQuery(AuditChainStatusQuery, { fetchPolicy: 'network-only' });
  const status = data?.auditChainStatus;
  return (
    <Paper withBorder p="sm">
      <Group gap="md">
        <Button variant="default" size="xs" loading={loading} onClick={() => void verify().catch(() => undefined)}>
          {t('chain.verify')}
        </Button>
        <div role="status" aria-live="polite">
          {error && (
            <Text size="sm" c="red.9">
              {t('chain.failed')}: {describeError(error).message}
            </Text>
          )}
          {status && (
            <Text size="sm" fw={600} c={status.ok ? 'teal.9' : 'red.9'}>
              {status.ok ? t('chain.ok', { entries: status.entries }) : t('chain.broken', { seq: status.brokenSeq ?? '?', reason: status.reason ?? '' })}
            </Text>
          )}
        </div>
      </Group>
    </Paper>
  );
}
