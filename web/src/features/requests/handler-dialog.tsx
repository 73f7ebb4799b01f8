import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { FormDialog } from '../../lib/form-dialog';
import { fieldMessage } from '../../lib/form-messages';
import { handleSubmitWithServerErrors } from '../../lib/server-errors';
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
  const { errors } = form.formState;

  const submit = handleSubmitWithServerErrors(form, ['userId'], async ({ userId }) => {
    await onSubmit(userId);
    onClose();
  });

  return (
    <FormDialog title={t('step.changeHandlerTitle')} size="md" control={form.control} onSubmit={submit} onClose={onClose}>
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
    </FormDialog>
  );
}
