import { useMutation, useQuery } from '@apollo/client/react';
import { Group, NativeSelect, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { RequestKind } from '../../gql/graphql';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { osloToday } from '../../lib/format';
import { FormDialog } from '../../lib/form-dialog';
import { fieldMessage } from '../../lib/form-messages';
import { notifySuccess } from '../../lib/notify';
import { PickedIdField } from '../../lib/picked-id-field';
import { handleSubmitWithServerErrors } from '../../lib/server-errors';
import { useSessionUser } from '../auth/use-session-user';
import { LazyCandidatePicker } from '../candidates/lazy-candidate-picker';
import { activePartners } from './request-handlers';
import { requestKinds } from './request-vocabulary';
import { useRequestsT } from './requests.i18n';
import { RegisterRequestMutation, RequestHandlersQuery } from './requests.operations';

type FormValues = { kind: RequestKind; requesterName: string; requesterEmail: string; requesterPhone: string; candidateId: string; receivedOn: string; handlerId: string };

const resolver = apiSchemaResolver<FormValues, 'registerRequestInput'>('registerRequestInput');
const fields = ['kind', 'requesterName', 'requesterEmail', 'requesterPhone', 'candidateId', 'receivedOn', 'handlerId'] as const;

type Props = { onClose: () => void; onRegistered: (id: string) => void };

/** A request as it reached the firm: who asks, for what, and the day it arrived (the deadline runs from it). */
export default function RegisterRequestDialog({ onClose, onRegistered }: Props) {
  const { t } = useRequestsT();
  const me = useSessionUser();
  usePreloadApiSchema('registerRequestInput');
  const users = useQuery(RequestHandlersQuery);
  const partners = activePartners(users.data?.users ?? []);
  const [register] = useMutation(RegisterRequestMutation, { refetchQueries: ['DataSubjectRequests'] });
  const [today] = useState(() => osloToday());
  const form = useForm<FormValues, unknown, ApiOutput<'registerRequestInput'>>({
    resolver,
    defaultValues: {
      kind: 'access',
      requesterName: '',
      requesterEmail: '',
      requesterPhone: '',
      candidateId: '',
      receivedOn: today,
      handlerId: me?.role === 'partner' ? me.id : '',
    },
  });
  const { errors } = form.formState;

  const submit = handleSubmitWithServerErrors(form, fields, async (input) => {
    const { data } = await register({ variables: { input } });
    if (!data) return;
    notifySuccess(t('register.done'));
    onRegistered(data.registerRequest.id);
  });

  return (
    <FormDialog title={t('register.title')} size="lg" control={form.control} onSubmit={submit} onClose={onClose} submitLabel={t('register.submit')}>
      <Group grow align="flex-start">
        <NativeSelect label={t('register.kind')} required data-autofocus data={requestKinds.map((value) => ({ value, label: t(`kind.${value}`) }))} {...form.register('kind')} />
        <TextInput
          label={t('register.receivedOn')}
          description={t('register.receivedOnHint')}
          type="date"
          required
          max={today}
          error={fieldMessage(errors.receivedOn, { default: t('register.receivedInvalid') })}
          {...form.register('receivedOn')}
        />
      </Group>
      <TextInput
        label={t('register.requesterName')}
        required
        autoComplete="off"
        error={fieldMessage(errors.requesterName, { default: t('register.nameMissing'), too_big: t('register.tooLong') })}
        {...form.register('requesterName')}
      />
      <Text size="sm" c="dimmed">
        {t('register.contactHint')}
      </Text>
      <Group grow align="flex-start">
        <TextInput
          label={t('register.requesterEmail')}
          type="email"
          autoComplete="off"
          error={fieldMessage(errors.requesterEmail, { default: t('register.emailInvalid'), custom: t('register.contactMissing') })}
          {...form.register('requesterEmail')}
        />
        <TextInput
          label={t('register.requesterPhone')}
          description={t('register.phoneHint')}
          type="tel"
          autoComplete="off"
          error={fieldMessage(errors.requesterPhone, { default: t('register.phoneInvalid') })}
          {...form.register('requesterPhone')}
        />
      </Group>
      <PickedIdField
        control={form.control}
        name="candidateId"
        picker={LazyCandidatePicker}
        label={t('register.candidate')}
        placeholder={t('register.candidatePlaceholder')}
        nothingFound={t('register.noCandidates')}
        error={fieldMessage(errors.candidateId, { default: t('register.candidateMissing') })}
      />
      <Controller
        control={form.control}
        name="handlerId"
        render={({ field }) => (
          <Select
            label={t('register.handler')}
            description={t('register.handlerHint')}
            clearable
            clearButtonProps={{ 'aria-label': t('state.clear', { ns: 'common' }) }}
            data={partners.map((u) => ({ value: u.id, label: u.fullName }))}
            value={field.value || null}
            onChange={(value) => field.onChange(value ?? '')}
            error={fieldMessage(errors.handlerId, { default: t('register.handlerInvalid') })}
          />
        )}
      />
    </FormDialog>
  );
}
