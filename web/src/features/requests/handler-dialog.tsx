import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { AppModal } from '../../lib/app-modal';
import { fieldMessage } from '../../lib/form-messages';
import { applyServerError } from '../../lib/server-errors';
import { activePartners } from './request-handlers';
import { useRequestsT } from './requests.i18n';
import { RequestHandlersQuery } from './requests.operations';

type FormValues = { userId: string };
type Props = { currentId: string | null; onSubmit: (userId: string) => Promise<unknown>; onClose: () => void };

/** Hands the request to another active partner. */
export default function HandlerDialog({ currentId, onSubmit, onClose }: Props) {
  const { t } = useRequestsT();
  const users = useQuery(RequestHandlersQuery);
  const partners = activePartners(users.data?.users ?? []).filter((u) => u.id !== currentId);
  const form = useForm<FormValues>({ defaultValues: { userId: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ userId }) => {
    try {
      await onSubmit(userId);
      onClose();
    } catch (error) {
      applyServerError(form, error, ['userId']);
    }
  });

  return (
    <AppModal onClose={onClose} title={t('step.changeHandlerTitle')} size="md">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {errors.root?.server && (
            <Alert color="red" variant="light" role="alert">
              {errors.root.server.message}
            </Alert>
          )}
          <Controller
            control={form.control}
            name="userId"
            rules={{ required: true }}
            render={({ field }) => (
              <Select
                label={t('step.handler')}
                required
                data-autofocus
                data={partners.map((u) => ({ value: u.id, label: u.title ? `${u.fullName} (${u.title})` : u.fullName }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldMessage(errors.userId, { default: t('step.chooseHandler') })}
              />
            )}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('state.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('state.save', { ns: 'common' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
