import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { AppModal } from '../../lib/app-modal';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { fieldMessage } from '../../lib/form-messages';
import { formatCalendarDate, osloToday } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { notifySuccess } from '../../lib/notify';
import { applyServerError } from '../../lib/server-errors';
import { useSessionUser } from '../auth/use-session-user';
import { useComplianceT } from './compliance.i18n';
import { DepartureCandidatesQuery, MarkUserDepartedMutation } from './compliance.operations';

type FormValues = { userId: string; departedOn: string };
type Confirming = ApiOutput<'markUserDepartedInput'> & { name: string };
const resolver = apiSchemaResolver<FormValues, 'markUserDepartedInput'>('markUserDepartedInput');

/**
 * Someone left: choose who and their last working day, then confirm — the account is disabled
 * and every session ended at once, and the departure checklist opens.
 */
export default function MarkDepartedDialog({ onClose }: { onClose: () => void }) {
  const { t } = useComplianceT();
  usePreloadApiSchema('markUserDepartedInput');
  const me = useSessionUser();
  const users = useQuery(DepartureCandidatesQuery, { fetchPolicy: 'network-only' });
  const [markDeparted] = useMutation(MarkUserDepartedMutation, { refetchQueries: ['ComplianceTasks', 'OverviewWork'] });
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<FormValues, unknown, ApiOutput<'markUserDepartedInput'>>({ resolver, defaultValues: { userId: '', departedOn: osloToday() } });
  const { errors } = form.formState;
  // Not yourself: the API refuses it, so it is not offered.
  const active = (users.data?.users ?? []).filter((user) => user.status === 'active' && user.id !== me?.id);

  const next = form.handleSubmit((input) => {
    if (input.departedOn > osloToday()) {
      form.setError('departedOn', { type: 'future' }, { shouldFocus: true });
      return;
    }
    setConfirming({ ...input, name: active.find((user) => user.id === input.userId)?.fullName ?? '' });
  });

  async function confirm(input: Confirming) {
    setBusy(true);
    try {
      await markDeparted({ variables: { userId: input.userId, departedOn: input.departedOn } });
      notifySuccess(t('departure.done'));
      onClose();
    } catch (error) {
      setConfirming(null);
      const problem = describeError(error);
      if (problem.code === 'CONFLICT' && problem.field === 'userId') form.setError('userId', { type: 'conflict' }, { shouldFocus: true });
      else applyServerError(form, error, ['userId', 'departedOn']);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AppModal onClose={onClose} title={confirming ? t('departure.confirmTitle') : t('departure.title')} size="md">
      {confirming ? (
        <Stack gap="md">
          <Alert color="red" variant="light">
            {t('departure.confirmText', { name: confirming.name, date: formatCalendarDate(confirming.departedOn) })}
          </Alert>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)} disabled={busy} data-autofocus>
              {t('departure.back')}
            </Button>
            <Button color="red.9" loading={busy} onClick={() => void confirm(confirming)}>
              {t('departure.submit')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void next(event)} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('departure.intro')}</Text>
            {errors.root?.server && (
              <Alert color="red" variant="light" role="alert">
                {errors.root.server.message}
              </Alert>
            )}
            {users.error && (
              <Alert color="red" variant="light" role="alert">
                {t('departure.usersFailed')} {describeError(users.error).message}
              </Alert>
            )}
            <NativeSelect
              label={t('departure.user')}
              required
              data-autofocus
              disabled={!users.data}
              data={[
                { value: '', label: users.data && active.length === 0 ? t('departure.noUsers') : t('departure.userPlaceholder') },
                ...active.map((user) => ({ value: user.id, label: user.title ? `${user.fullName} (${user.title})` : user.fullName })),
              ]}
              error={fieldMessage(errors.userId, { default: t('departure.userMissing'), conflict: t('departure.notAllowed') })}
              {...form.register('userId')}
            />
            <TextInput
              label={t('departure.departedOn')}
              type="date"
              required
              max={osloToday()}
              w={{ base: '100%', sm: 220 }}
              error={fieldMessage(errors.departedOn, { default: t('departure.departedOnInvalid'), future: t('departure.departedOnFuture'), server: t('departure.departedOnFuture') })}
              {...form.register('departedOn')}
            />
            <Group justify="flex-end" gap="sm" mt="xs">
              <Button variant="default" onClick={onClose}>
                {t('state.cancel', { ns: 'common' })}
              </Button>
              <Button type="submit" color="red.9">
                {t('departure.next')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
