import { useMutation } from '@apollo/client/react';
import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { ConsentMethod } from '../../gql/graphql';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { FormDialog } from '../../lib/form-dialog';
import { fieldMessage } from '../../lib/form-messages';
import { notifySuccess } from '../../lib/notify';
import { handleSubmitWithServerErrors } from '../../lib/server-errors';
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
  const { errors } = form.formState;

  const submit = handleSubmitWithServerErrors(form, ['email', 'consentMethod', 'evidenceNote'], async (input) => {
    const { data } = await add({ variables: { input } });
    notifySuccess(t('add.done', { email: data?.addSubscriber.email ?? input.email }));
    onClose();
  });

  return (
    <FormDialog title={t('add.title')} intro={t('add.intro')} control={form.control} onSubmit={submit} onClose={onClose} submitLabel={t('add.submit')}>
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
    </FormDialog>
  );
}
