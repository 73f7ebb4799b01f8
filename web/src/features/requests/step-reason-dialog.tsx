import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { AppModal } from '../../lib/app-modal';
import { apiSchemaResolver, usePreloadApiSchema } from '../../lib/api-schema';
import { fieldMessage } from '../../lib/form-messages';
import { applyServerError } from '../../lib/server-errors';
import { useRequestsT } from './requests.i18n';

/** The steps that must say why or what: each with its own API schema and field. */
export type ReasonStep = 'extend' | 'complete' | 'refuse';

const steps = {
  extend: { schema: 'extendRequestDeadlineInput', field: 'reason', label: 'step.extendReason', hint: 'step.extendReasonHint' },
  complete: { schema: 'completeRequestInput', field: 'resolution', label: 'step.resolution', hint: null },
  refuse: { schema: 'refuseRequestInput', field: 'reason', label: 'step.refuseReason', hint: null },
} as const;

// Both text fields are in the form so the schema's errors land on the one this step shows.
type FormValues = { id: string; reason: string; resolution: string };

type Props = { step: ReasonStep; requestId: string; onSubmit: (text: string) => Promise<unknown>; onClose: () => void };

/** Extend, complete or refuse: a step that needs a text the requester will be told. */
export default function StepReasonDialog({ step, requestId, onSubmit, onClose }: Props) {
  const { t } = useRequestsT();
  const { schema, field, label, hint } = steps[step];
  usePreloadApiSchema(schema);
  const [resolver] = useState(() => apiSchemaResolver<FormValues, typeof schema>(schema));
  const form = useForm<FormValues, unknown, unknown>({ resolver: resolver as never, defaultValues: { id: requestId, reason: '', resolution: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit((values as Record<typeof field, string>)[field]);
      onClose();
    } catch (error) {
      applyServerError(form, error, [field]);
    }
  });

  return (
    <AppModal onClose={onClose} title={t(`step.${step}Title`)} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t(`step.${step}Text`)}</Text>
          {errors.root?.server && (
            <Alert color="red" variant="light" role="alert">
              {errors.root.server.message}
            </Alert>
          )}
          <Textarea
            key={field}
            label={t(label)}
            description={hint ? t(hint) : undefined}
            required
            data-autofocus
            autosize
            minRows={3}
            maxRows={10}
            error={fieldMessage(errors[field], { default: t('step.required'), too_big: t('step.tooLong') })}
            {...form.register(field)}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('state.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" color={step === 'refuse' ? 'red.9' : undefined} loading={isSubmitting}>
              {t(`step.${step}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
