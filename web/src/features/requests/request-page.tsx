import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { getFragmentData } from '../../gql';
import { Fact } from '../../lib/fact';
import { formatCalendarDate, formatDateTime, formatPhone } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { PageHeader } from '../../lib/page-header';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { useAbilities } from '../auth/use-session-user';
import { DeadlineBadge, RequestStatusBadge } from './deadline-badge';
import { RequestComments } from './request-comments';
import { personPageLink } from './request-steps';
import { useRequestsT } from './requests.i18n';
import { DataSubjectRequestQuery, RequestFieldsFragment } from './requests.operations';

// Only partners take steps: the buttons, dialogs and forms load for them alone.
const RequestStepsPanel = lazy(() => import('./request-steps-panel'));

/** One request: its deadline first, every fact behind it, the steps valid now, and internal comments. */
export default function RequestPage() {
  const { t } = useRequestsT();
  const { id = '' } = useParams();
  const { manage } = useAbilities();
  // The countdown moves with the day: always ask the API again on arrival.
  const { data, error, refetch } = useQuery(DataSubjectRequestQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (error && !data) {
    return (
      <Stack gap="md">
        <BackLink />
        <PageError title={t('detail.loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />
      </Stack>
    );
  }
  if (!data) return <PageLoader label={t('detail.loading')} />;

  const r = getFragmentData(RequestFieldsFragment, data.dataSubjectRequest);
  const none = t('state.none', { ns: 'common' });
  const date = (value: string | null | undefined) => (value ? formatCalendarDate(value) : none);
  const time = (value: string | null | undefined) => (value ? formatDateTime(value) : none);
  const personLink = personPageLink(r);
  const open = r.status !== 'completed' && r.status !== 'refused';
  return (
    <Stack gap="lg">
      <BackLink />
      <PageHeader title={t('detail.heading', { kind: t(`kind.${r.kind}`), name: r.requesterName })}>
        <Group gap="sm">
          <RequestStatusBadge status={r.status} />
          {personLink && (
            <Anchor component={Link} to={personLink.to} state={personLink.state} size="sm">
              {t('detail.person')}
            </Anchor>
          )}
        </Group>
      </PageHeader>

      <Paper withBorder p="md" component="section" aria-labelledby="request-deadline-title">
        <Stack gap={4}>
          <Title order={2} size="h4" id="request-deadline-title">
            {t('detail.deadline')}
          </Title>
          <Group gap="sm">
            <Text fw={700} size="lg">
              <time dateTime={r.dueOn}>{t('detail.dueOn', { date: formatCalendarDate(r.dueOn) })}</time>
            </Text>
            <DeadlineBadge request={r} size="lg" />
          </Group>
          {open && r.paused && (
            <Text size="sm" c="dimmed">
              {t('detail.pausedHint')}
            </Text>
          )}
        </Stack>
      </Paper>

      {manage && (
        <Suspense fallback={null}>
          <RequestStepsPanel request={r} />
        </Suspense>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="request-facts-title">
        <Title order={2} size="h4" id="request-facts-title" mb="sm">
          {t('detail.facts')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" component="dl" m={0}>
          <Fact label={t('detail.requester')} value={r.requesterName} />
          <Fact label={t('detail.email')} value={r.requesterEmail ?? none} />
          <Fact label={t('detail.phone')} value={r.requesterPhone ? formatPhone(r.requesterPhone) : none} />
          {r.candidateId && (
            <Fact
              label={t('detail.candidate')}
              value={
                <Anchor component={Link} to={`/kandidater/${r.candidateId}`} size="sm">
                  {t('detail.openCandidate')}
                </Anchor>
              }
            />
          )}
          <Fact label={t('detail.receivedOn')} value={date(r.receivedOn)} />
          <Fact label={t('detail.baseDueOn')} value={date(r.baseDueOn)} />
          <Fact label={t('detail.extendedDueOn')} value={r.extendedDueOn ? date(r.extendedDueOn) : t('detail.notExtended')} />
          {r.extensionReason && <Fact label={t('detail.extensionReason')} value={<LongText text={r.extensionReason} />} />}
          <Fact label={t('detail.pausedDaysLabel')} value={t('detail.pausedDays', { count: r.pausedDays })} />
          <Fact label={t('detail.identityRequestedAt')} value={time(r.identityRequestedAt)} />
          <Fact label={t('detail.identityVerifiedAt')} value={time(r.identityVerifiedAt)} />
          <Fact label={t('detail.handler')} value={r.handler?.fullName ?? t('noHandler')} />
          <Fact label={t('detail.status')} value={t(`status.${r.status}`)} />
          <Fact label={t('detail.registeredAt')} value={time(r.createdAt)} />
          {r.completedAt && <Fact label={t('detail.closedAt')} value={time(r.completedAt)} />}
          {r.resolution && <Fact label={t('detail.resolution')} value={<LongText text={r.resolution} />} />}
          {r.refusalReason && <Fact label={t('detail.refusalReason')} value={<LongText text={r.refusalReason} />} />}
        </SimpleGrid>
      </Paper>

      <RequestComments requestId={r.id} comments={data.dataSubjectRequest.comments} canAdd={manage} />
    </Stack>
  );
}

function LongText({ text }: { text: string }) {
  return (
    <Text span size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

function BackLink() {
  const { t } = useRequestsT();
  return (
    <Anchor component={Link} to="/foresporsler" size="sm">
      ← {t('detail.back')}
    </Anchor>
  );
}
