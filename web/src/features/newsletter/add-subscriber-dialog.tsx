import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { ConsentMethod } from '../../gql/graphql';
import { AppModal } from '../../lib/app-modal';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { fieldMessage } from '../../lib/form-messages';
import { notifySuccess } from '../../lib/notify';
import { applyServerError } from '../../lib/server-errors';
import { useNewsletterT } from './newsletter.i18n';
import { AddSubscriberMutation } from './newsletter.operations';

type FormValues = { email: string; consentMethod: ConsentMethod; evidenceNote: string };
const resolver = apiSchemaResolver<FormValues, 'addSubscriberInput'>('addSubscriberInput');
const methods: readonly ConsentMethod[] = ['email', 'phone', 'in_person', 'web_form'];

export default function AddSubscriberDialog({ onClose }: { onClose: () => void }) {
  const { t } = useNewsletterT();
  usePreloadApiSchema('addSubscriberInput');
  const [add] = useMutation(AddSubscriberMutation, { refetchQueries: ['Subscribers'] });
  const form = useForm<FormValues, unknown, ApiOutput<'addSubscriberInput'>>({ resolver, defaultValues: { email: '', consentMethod: 'email', evidenceNote: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    try {
      const { data } = await add({ variables: { input } });
      notifySuccess(t('add.done', { email: data?.addSubscriber.email ?? input.email }));
      onClose();
    } catch (error) {
      applyServerError(form, error, ['email', 'consentMethod', 'evidenceNote']);
    }
  });

  return (
    <AppModal onClose={onClose} title={t('add.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('add.intro')}
          </Text>
          {errors.root?.server && (
            <Alert color="red" variant="light" role="alert">
              {errors.root.server.message}
            </Alert>
          )}
          <TextInput
            label={t('add.email')}
            type="email"
            required
            data-autofocus
            error={fieldMessage(errors.email, { default: t('add.emailInvalid'), conflict: t('add.emailTaken') })}
            {...form.register('email')}
          />
          <NativeSelect label={t('add.method')} data={methods.map((value) => ({ value, label: t(`consentMethod.${value}`, { ns: 'common' }) }))} {...form.register('consentMethod')} />
          <Textarea label={t('add.note')} description={t('add.noteHint')} autosize minRows={2} error={fieldMessage(errors.evidenceNote, { default: t('add.tooLong') })} {...form.register('evidenceNote')} />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('state.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('add.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
