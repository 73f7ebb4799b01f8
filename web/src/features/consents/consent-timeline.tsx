import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getFragmentData } from '../../gql';
import type { ConsentAction, ConsentPurpose } from '../../gql/graphql';
import { describeError } from '../../lib/graphql-errors';
import { LoadMore } from '../../lib/load-more';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { groupConsentEvents } from './consent-groups';
import { ConsentEventItem } from './consent-event-item';
import { useConsentLookups } from './consent-lookups';
import { toSubjectInput, type ConsentSubject } from './consent-subject';
import { useConsentsT } from './consents.i18n';
import { ConsentEventFieldsFragment, ConsentHistoryQuery } from './consents.operations';

export type TimelineFilters = { purpose: ConsentPurpose | null; action: ConsentAction | null; from: string | null; to: string | null };
const noFilters: TimelineFilters = { purpose: null, action: null, from: null, to: null };

/** A person's consent history, one timeline per purpose (and per case for sharing), newest first. */
export function ConsentTimeline({ subject, filters = noFilters, headingLevel = 2 }: { subject: ConsentSubject; filters?: TimelineFilters; headingLevel?: 2 | 3 }) {
  const { t } = useConsentsT();
  const lookups = useConsentLookups();
  const { data, error, refetch, fetchMore } = useQuery(ConsentHistoryQuery, { variables: { subject: toSubjectInput(subject), ...filters } });

  if (error && !data) return <PageError title={t('history.loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;

  const events = data.consentHistory.nodes.map((node) => ({ node, fields: getFragmentData(ConsentEventFieldsFragment, node) }));
  const groups = groupConsentEvents(events.map((e) => ({ ...e, purpose: e.fields.purpose, caseId: e.fields.caseId, occurredAt: e.fields.occurredAt })));

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {t('history.total', { count: data.consentHistory.totalCount })}
      </Text>
      {groups.length === 0 ? (
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {groups.map((group) => (
            <Paper key={group.key} withBorder p="md" component="section" aria-label={t(`purpose.${group.purpose}`, { ns: 'common' })}>
              <Title order={headingLevel + 1 as 3 | 4} size="h5" mb="xs">
                {t(`purpose.${group.purpose}`, { ns: 'common' })}
                {group.caseId && (
                  <Text span c="dimmed" size="sm" fw={400}>
                    {' · '}
                    {lookups.caseLabel(group.caseId)}
                  </Text>
                )}
              </Title>
              <Stack component="ol" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
                {group.events.map((event) => (
                  <ConsentEventItem key={event.fields.id} event={event.node} userName={lookups.userName} />
                ))}
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <LoadMore
        hasNextPage={data.consentHistory.pageInfo.hasNextPage}
        endCursor={data.consentHistory.pageInfo.endCursor}
        fetchMore={(after) => fetchMore({ variables: { after } })}
      />
    </Stack>
  );
}
