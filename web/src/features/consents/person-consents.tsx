import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { ConsentAction, ConsentPurpose } from '../../gql/graphql';
import { describeError } from '../../lib/graphql-errors';
import { PageError } from '../../lib/page-error';
import { PageLoader } from '../../lib/page-state';
import { useAbilities } from '../auth/use-session-user';
import { ConsentAsOf } from './consent-as-of';
import { osloDayRange } from '../../lib/format';
import { consentPurposes } from './consent-groups';
import type { ConsentSubject } from './consent-subject';
import { toSubjectInput } from './consent-subject';
import { ConsentTimeline } from './consent-timeline';
import { CurrentConsents } from './current-consents';
import { useConsentsT } from './consents.i18n';
import { CurrentConsentsQuery } from './consents.operations';
import type { RecordConsentPrefill } from './record-consent-dialog';

const RecordConsentDialog = lazy(() => import('./record-consent-dialog'));

/** Everything about one person's consent: today's state, the history with filters, "as of", and recording. */
export function PersonConsents({ subject }: { subject: ConsentSubject }) {
  const { t } = useConsentsT();
  const { recordConsent } = useAbilities();
  const [recording, setRecording] = useState<RecordConsentPrefill | null>(null);
  const [purpose, setPurpose] = useState<ConsentPurpose | null>(null);
  const [action, setAction] = useState<ConsentAction | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const current = useQuery(CurrentConsentsQuery, { variables: { subject: toSubjectInput(subject) } });
  const any = { value: '', label: t('filters.any') };

  return (
    <Stack gap="lg">
      <Stack gap="sm" component="section" aria-labelledby="current-consents-title">
        <Group justify="space-between">
          <Title order={2} size="h4" id="current-consents-title">
            {t('current.title')}
          </Title>
          {recordConsent && <Button onClick={() => setRecording({})}>{t('record.button')}</Button>}
        </Group>
        {current.error && !current.data && <PageError title={t('history.loadFailed')} message={describeError(current.error).message} onRetry={() => void current.refetch()} />}
        {!current.data && !current.error && <PageLoader />}
        {current.data && (
          <CurrentConsents
            states={current.data.currentConsents}
            onWithdraw={recordConsent ? (state) => setRecording({ purpose: state.purpose, caseId: state.caseId ?? null, action: 'withdrawn' }) : undefined}
          />
        )}
      </Stack>

      <ConsentAsOf subject={subject} caseIds={[...new Set((current.data?.currentConsents ?? []).flatMap((state) => (state.caseId ? [state.caseId] : [])))]} />

      <Stack gap="sm" component="section" aria-labelledby="consent-history-title">
        <Title order={2} size="h4" id="consent-history-title">
          {t('history.title')}
        </Title>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('filters.purpose')}
            value={purpose ?? ''}
            onChange={(event) => setPurpose((event.currentTarget.value || null) as ConsentPurpose | null)}
            data={[any, ...consentPurposes.map((value) => ({ value, label: t(`purpose.${value}`, { ns: 'common' }) }))]}
          />
          <NativeSelect
            label={t('filters.action')}
            value={action ?? ''}
            onChange={(event) => setAction((event.currentTarget.value || null) as ConsentAction | null)}
            data={[any, { value: 'granted', label: t('consentAction.granted', { ns: 'common' }) }, { value: 'withdrawn', label: t('consentAction.withdrawn', { ns: 'common' }) }]}
          />
          <TextInput label={t('filters.from')} type="date" value={from} onChange={(event) => setFrom(event.currentTarget.value)} />
          <TextInput label={t('filters.to')} type="date" value={to} onChange={(event) => setTo(event.currentTarget.value)} />
        </Group>
        <ConsentTimeline subject={subject} filters={{ purpose, action, ...osloDayRange(from, to) }} />
      </Stack>

      {recording && (
        <Suspense fallback={null}>
          <RecordConsentDialog subject={subject} prefill={recording} onClose={() => setRecording(null)} />
        </Suspense>
      )}
    </Stack>
  );
}
