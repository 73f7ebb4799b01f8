import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { ConsentPurpose } from '../../gql/graphql';
import { formatDateTime, fromOsloLocalInput, toOsloLocalInput } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { consentPurposes } from './consent-groups';
import { useConsentLookups } from './consent-lookups';
import { toSubjectInput, type ConsentSubject } from './consent-subject';
import { useConsentsT } from './consents.i18n';
import { ConsentAsOfQuery } from './consents.operations';

/** "As of date X, did we have consent for Y?" — answered by the API from the history. */
/** `caseIds`: the cases this person has sharing events for, the only ones with an answer other than no. */
export function ConsentAsOf({ subject, caseIds }: { subject: ConsentSubject; caseIds: readonly string[] }) {
  const { t } = useConsentsT();
  const lookups = useConsentLookups();
  const [purpose, setPurpose] = useState<ConsentPurpose>(subject.type === 'subscriber' ? 'newsletter' : 'candidate_registry');
  const [at, setAt] = useState(() => toOsloLocalInput(new Date()));
  const [caseId, setCaseId] = useState('');
  const [needCase, setNeedCase] = useState(false);
  const [check, { data, error, loading, called }] = useLazyQuery(ConsentAsOfQuery, { fetchPolicy: 'network-only' });

  function submit() {
    if (purpose === 'share_with_client' && !caseId) {
      setNeedCase(true);
      return;
    }
    setNeedCase(false);
    let instant: string;
    try {
      instant = fromOsloLocalInput(at).toISOString();
    } catch {
      return;
    }
    void check({ variables: { subject: toSubjectInput(subject), purpose, caseId: purpose === 'share_with_client' ? caseId : null, at: instant } }).catch(() => undefined);
  }

  const state = data?.consentAsOf;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="consent-as-of-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="consent-as-of-title">
          {t('asOf.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('asOf.hint')}
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Group align="flex-end" gap="sm">
            <NativeSelect
              label={t('asOf.purpose')}
              value={purpose}
              onChange={(event) => setPurpose(event.currentTarget.value as ConsentPurpose)}
              data={consentPurposes.map((value) => ({ value, label: t(`purpose.${value}`, { ns: 'common' }) }))}
            />
            {purpose === 'share_with_client' && (
              <NativeSelect
                label={t('record.case')}
                value={caseId}
                onChange={(event) => setCaseId(event.currentTarget.value)}
                data={[{ value: '', label: '–' }, ...caseIds.map((id) => ({ value: id, label: lookups.caseLabel(id) }))]}
                error={needCase ? t('asOf.needCase') : undefined}
              />
            )}
            <TextInput label={t('asOf.at')} type="datetime-local" value={at} onChange={(event) => setAt(event.currentTarget.value)} required />
            <Button type="submit" variant="default" loading={loading}>
              {t('asOf.check')}
            </Button>
          </Group>
        </form>
        <div role="status" aria-live="polite">
          {error && (
            <Alert color="red" variant="light" title={t('asOf.failed')}>
              {describeError(error).message}
            </Alert>
          )}
          {called && !loading && !error && (
            <Text fw={500} c={state?.granted ? 'teal.9' : 'red.9'}>
              {!state ? t('asOf.none') : state.granted ? t('asOf.yes', { date: formatDateTime(state.since) }) : t('asOf.no', { date: formatDateTime(state.since) })}
            </Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
