import { useMutation, useQuery } from '@apollo/client/react';
import { MultiSelect, Select, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { FormDialog } from '../../lib/form-dialog';
import { fieldMessage } from '../../lib/form-messages';
import { notifySuccess } from '../../lib/notify';
import { handleSubmitWithServerErrors } from '../../lib/server-errors';
import { useSessionUser } from '../auth/use-session-user';
import { useCasesT } from './cases.i18n';
import { OpenCaseMutation, UsersQuery } from './cases.operations';

type FormValues = { reference: string; title: string; clientName: string; responsiblePartnerId: string; memberIds: string[] };
const resolver = apiSchemaResolver<FormValues, 'openCaseInput'>('openCaseInput');

export default function OpenCaseDialog({ onClose, onOpened }: { onClose: () => void; onOpened: (id: string) => void }) {
  const { t } = useCasesT();
  const me = useSessionUser();
  usePreloadApiSchema('openCaseInput');
  const users = useQuery(UsersQuery);
  const active = (users.data?.users ?? []).filter((u) => u.status === 'active');
  const [openCase] = useMutation(OpenCaseMutation, { refetchQueries: ['Cases'] });
  const form = useForm<FormValues, unknown, ApiOutput<'openCaseInput'>>({
    resolver,
    defaultValues: { reference: '', title: '', clientName: '', responsiblePartnerId: me?.role === 'partner' ? me.id : '', memberIds: [] },
  });
  const { errors } = form.formState;
  const text = (max: string) => ({ default: t('open.required'), too_big: max });

  const submit = handleSubmitWithServerErrors(form, ['reference', 'title', 'clientName', 'responsiblePartnerId', 'memberIds'], async (input) => {
    const { data } = await openCase({ variables: { input } });
    if (!data) return;
    notifySuccess(t('open.done', { reference: data.openCase.reference }));
    onOpened(data.openCase.id);
  });

  return (
    <FormDialog title={t('open.title')} size="lg" control={form.control} onSubmit={submit} onClose={onClose} submitLabel={t('open.submit')}>
      <TextInput
        label={t('open.reference')}
        description={t('open.referenceHint')}
        required
        data-autofocus
        error={fieldMessage(errors.reference, { ...text(t('open.tooLong')), conflict: t('open.referenceTaken') })}
        {...form.register('reference')}
      />
      <TextInput label={t('open.titleField')} required error={fieldMessage(errors.title, text(t('open.tooLong')))} {...form.register('title')} />
      <TextInput label={t('open.client')} required error={fieldMessage(errors.clientName, text(t('open.tooLong')))} {...form.register('clientName')} />
      <Controller
        control={form.control}
        name="responsiblePartnerId"
        render={({ field }) => (
          <Select
            label={t('open.responsible')}
            required
            data={active.filter((u) => u.role === 'partner').map((u) => ({ value: u.id, label: u.fullName }))}
            value={field.value || null}
            onChange={(value) => field.onChange(value ?? '')}
            error={fieldMessage(errors.responsiblePartnerId, { default: t('open.choosePartner') })}
          />
        )}
      />
      <Controller
        control={form.control}
        name="memberIds"
        render={({ field }) => (
          <MultiSelect
            label={t('open.members')}
            searchable
            data={active.filter((u) => u.role !== 'auditor').map((u) => ({ value: u.id, label: u.title ? `${u.fullName} (${u.title})` : u.fullName }))}
            value={field.value}
            onChange={field.onChange}
            error={fieldMessage(errors.memberIds as never, { default: t('open.required') })}
          />
        )}
      />
    </FormDialog>
  );
}
