import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Divider, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { getFragmentData } from '../../gql';
import type { EraseDataSubjectMutation as Erased } from '../../gql/graphql';
import { AppModal } from '../../lib/app-modal';
import { describeError } from '../../lib/graphql-errors';
import { PageLoader } from '../../lib/page-state';
import { usePasswordCheck } from '../auth/use-password-check';
import { CvRecipients, ErasureCounts, erasesAnything } from './erasure-details';
import { EraseDataSubjectMutation, ErasureCountsFragment, ErasureImpactQuery } from './persons.operations';
import { usePersonsT } from './persons.i18n';
import { toSubjectInput, type Subject } from './subject-params';

export type ErasureOutcome = Erased['eraseDataSubject'];

type Props = { subject: Subject; requestId: string | null; onClose: () => void; onErased: (result: ErasureOutcome) => void };
type FormValues = { understood: boolean; password: string };

/**
 * Shows exactly what an erasure removes before it runs; it needs the box ticked and the
 * password again (the API refuses it without a fresh password check).
 */
export default function ErasureDialog({ subject, requestId, onClose, onErased }: Props) {
  const { t } = usePersonsT();
  const { withPassword } = usePasswordCheck();
  // The numbers must be today's, not a cached look from earlier.
  const impact = useQuery(ErasureImpactQuery, { variables: { subject: toSubjectInput(subject) }, fetchPolicy: 'network-only' });
  const [erase] = useMutation(EraseDataSubjectMutation, { refetchQueries: ['FindPerson'] });
  const form = useForm<FormValues>({ defaultValues: { understood: false, password: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    try {
      const { data } = await withPassword(password, () => erase({ variables: { subject: toSubjectInput(subject), requestId, confirm: true } }));
      if (data) onErased(data.eraseDataSubject);
    } catch (error) {
      const problem = describeError(error);
      if (problem.code === 'BAD_USER_INPUT' && problem.field === 'password') {
        form.setError('password', { type: 'server', message: t('erase.passwordWrong') }, { shouldFocus: true });
      } else {
        form.setError('root.server', { type: problem.code, message: problem.code === 'NOT_FOUND' ? t('erase.alreadyErased') : problem.message });
      }
    }
  });

  const data = impact.data?.erasureImpact;
  const nothing = data ? !erasesAnything(getFragmentData(ErasureCountsFragment, data.counts)) : false;
  return (
    <AppModal onClose={onClose} title={t('erase.dialogTitle')} size="lg">
      {impact.error && !data ? (
        <Alert color="red" variant="light" role="alert" title={t('erase.loadFailed')}>
          {describeError(impact.error).code === 'NOT_FOUND' ? t('subject.notFound') : describeError(impact.error).message}
        </Alert>
      ) : !data ? (
        <PageLoader label={t('erase.loading')} />
      ) : nothing ? (
        <Stack gap="md">
          <Text size="sm">{t('erase.nothing')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('state.close', { ns: 'common' })}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <ErasureCounts counts={data.counts} deletedTitle={t('erase.deleted')} redactedTitle={t('erase.redacted')} explain />
            {data.auditEntriesKept > 0 && <Text size="sm">{t('erase.audit', { count: data.auditEntriesKept })}</Text>}
            <CvRecipients recipients={data.recipientsToNotify} title={t('erase.recipients')} hint={t('erase.recipientsHint')} none={t('erase.noRecipients')} />
            <Divider />
            {errors.root?.server && (
              <Alert color="red" variant="light" role="alert">
                {errors.root.server.message}
              </Alert>
            )}
            <Checkbox label={t('erase.understood')} error={errors.understood && t('erase.understoodMissing')} {...form.register('understood', { required: true })} />
            <PasswordInput
              label={t('erase.password')}
              description={t('erase.passwordHint')}
              required
              autoComplete="current-password"
              error={errors.password && (errors.password.type === 'server' ? errors.password.message : t('erase.passwordMissing'))}
              {...form.register('password', { required: true })}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('state.cancel', { ns: 'common' })}
              </Button>
              <Button type="submit" color="red.9" loading={isSubmitting}>
                {t('erase.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
