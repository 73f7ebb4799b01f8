import { useQuery } from '@apollo/client/react';
import { Anchor, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { getFragmentData } from '../../gql';
import type { ConsentAction } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { LoadMore } from '../../lib/load-more';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { ConsentActionBadge } from './consent-action-badge';
import { osloDayRange } from '../../lib/format';
import { consentPurposes } from './consent-groups';
import { useConsentLookups } from './consent-lookups';
import { subjectUrl, type ConsentSubject } from './consent-subject';
import { useConsentsT } from './consents.i18n';
import { ConsentEventFieldsFragment, RecentConsentEventsQuery } from './consents.operations';

const actions: readonly ConsentAction[] = ['granted', 'withdrawn'];

/** Consent events across everyone, newest first, filtered by purpose, action and period (kept in the URL). */
export function RecentEvents() {
  const { t } = useConsentsT();
  const lookups = useConsentLookups();
  const [url, setUrl] = useSearchParams();
  const purpose = consentPurposes.find((p) => p === url.get('formal')) ?? null;
  const action = actions.find((a) => a === url.get('hendelse')) ?? null;
  const from = url.get('fra') ?? '';
  const to = url.get('til') ?? '';
  const { data, previousData, error, refetch, fetchMore } = useQuery(RecentConsentEventsQuery, { variables: { purpose, action, ...osloDayRange(from, to) } });
  const shown = data ?? previousData;
  const any = { value: '', label: t('filters.any') };

  function set(key: string, value: string) {
    const next = new URLSearchParams(url);
    if (value) next.set(key, value);
    else next.delete(key);
    setUrl(next, { replace: true });
  }

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('filters.purpose')}
          value={purpose ?? ''}
          onChange={(event) => set('formal', event.currentTarget.value)}
          data={[any, ...consentPurposes.map((value) => ({ value, label: t(`purpose.${value}`, { ns: 'common' }) }))]}
        />
        <NativeSelect
          label={t('filters.action')}
          value={action ?? ''}
          onChange={(event) => set('hendelse', event.currentTarget.value)}
          data={[any, ...actions.map((value) => ({ value, label: t(`consentAction.${value}`, { ns: 'common' }) }))]}
        />
        <TextInput label={t('filters.from')} type="date" value={from} onChange={(event) => set('fra', event.currentTarget.value)} />
        <TextInput label={t('filters.to')} type="date" value={to} onChange={(event) => set('til', event.currentTarget.value)} />
      </Group>
      {error && !shown && <PageError title={t('recent.loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
      {!error && !shown && <PageLoader />}
      {shown && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('history.total', { count: shown.recentConsentEvents.totalCount })}
          </Text>
          {shown.recentConsentEvents.nodes.length === 0 ? (
            <Text c="dimmed">{t('recent.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table aria-label={t('recent.title')} striped verticalSpacing="xs" aria-busy={!data}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('filters.action')}</Table.Th>
                    <Table.Th scope="col">{t('filters.purpose')}</Table.Th>
                    <Table.Th scope="col">{t('recent.subject')}</Table.Th>
                    <Table.Th scope="col">{t('history.method')}</Table.Th>
                    <Table.Th scope="col">{t('asOf.at')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.recentConsentEvents.nodes.map((node) => {
                    const e = getFragmentData(ConsentEventFieldsFragment, node);
                    const subject: ConsentSubject | null = e.candidateId
                      ? { type: 'candidate', id: e.candidateId }
                      : e.subscriberId
                        ? { type: 'subscriber', id: e.subscriberId }
                        : e.personEmail
                          ? { type: 'person', id: e.personEmail }
                          : null;
                    return (
                      <Table.Tr key={e.id}>
                        <Table.Td>
                          <ConsentActionBadge action={e.action} />
                        </Table.Td>
                        <Table.Td>
                          {t(`purpose.${e.purpose}`, { ns: 'common' })}
                          {e.caseId && (
                            <Text span size="sm" c="dimmed">
                              {' · '}
                              {lookups.caseLabel(e.caseId)}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {subject ? (
                            <Anchor component={Link} to={subjectUrl(subject)} size="sm">
                              {t(`recent.${e.subjectType}`)} {e.personName ?? e.personEmail ?? subject.id.slice(0, 8)}
                            </Anchor>
                          ) : (
                            '–'
                          )}
                        </Table.Td>
                        <Table.Td>{t(`consentMethod.${e.method}`, { ns: 'common' })}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <LoadMore
            hasNextPage={data?.recentConsentEvents.pageInfo.hasNextPage}
            endCursor={data?.recentConsentEvents.pageInfo.endCursor}
            fetchMore={(after) => fetchMore({ variables: { after } })}
          />
        </>
      )}
    </Stack>
  );
}
