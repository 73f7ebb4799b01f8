import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { getFragmentData } from '../../gql';
import type { ProcessingActivityFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/graphql-errors';
import { PageError } from '../../lib/page-error';
import { PageHeader } from '../../lib/page-header';
import { PageLoader } from '../../lib/page-state';
import { useAbilities } from '../auth/use-session-user';
import { ActivityCard } from './activity-card';
import { RegisterSections } from './register-sections';
import { useRegistersT } from './registers.i18n';
import { ProcessingActivitiesQuery, ProcessingActivityFieldsFragment as ActivityFields } from './registers.operations';

const ActivityFormDialog = lazy(() => import('./activity-form-dialog'));

// Served by the API with the session cookie; the printable one opens as a page of its own.
const csvUrl = '/files/processing-activities.csv';
const documentUrl = '/files/processing-activities.html';

type Dialog = { activity?: ProcessingActivityFieldsFragment } | null;

export default function ProcessingRecordPage() {
  const { t } = useRegistersT();
  const { manage } = useAbilities();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, error, refetch } = useQuery(ProcessingActivitiesQuery);
  const activities = data?.processingActivities.map((a) => getFragmentData(ActivityFields, a));

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} actions={manage && <Button onClick={() => setDialog({})}>{t('form.create')}</Button>}>
        <Text c="dimmed" size="sm" maw={760}>
          {t('intro')}
        </Text>
      </PageHeader>
      <Group justify="space-between" gap="sm">
        <RegisterSections />
        <Group gap="xs">
          <Button component="a" href={csvUrl} download="behandlingsprotokoll.csv" variant="default" size="xs">
            {t('download.csv')}
          </Button>
          <Button component="a" href={documentUrl} target="_blank" rel="noopener" variant="default" size="xs">
            {t('download.document')}
          </Button>
        </Group>
      </Group>
      {error && !data && <PageError title={t('loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
      {!error && !activities && <PageLoader label={t('loading')} />}
      {activities && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('count', { count: activities.length })}
          </Text>
          {activities.length === 0 ? (
            <EmptyState title={t('empty')} description={t('emptyText')} />
          ) : (
            activities.map((activity) => <ActivityCard key={activity.id} activity={activity} onEdit={manage ? () => setDialog({ activity }) : undefined} />)
          )}
        </>
      )}
      {dialog && (
        <Suspense fallback={null}>
          <ActivityFormDialog activity={dialog.activity} onClose={() => setDialog(null)} />
        </Suspense>
      )}
    </Stack>
  );
}
