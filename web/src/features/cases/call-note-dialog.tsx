import { useMutation } from '@apollo/client/react';
import { Group, Radio, Textarea, TextInput } from '@mantine/core';
import type { LogCallNoteInput } from '@pvr/api/inputs';
import { Controller, useForm } from 'react-hook-form';
import type { CallDirection } from '../../gql/graphql';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { FormDialog } from '../../lib/form-dialog';
import { fieldMessage } from '../../lib/form-messages';
import { fromOsloLocalInput, toOsloLocalInput } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { PickedIdField } from '../../lib/picked-id-field';
import { handleSubmitWithServerErrors } from '../../lib/server-errors';
import { LazyCandidatePicker } from '../candidates/lazy-candidate-picker';
import { addLoggedNoteToCache } from './call-note-cache';
import type { CallNotePrefill } from './call-note-launcher';
import { LazyCasePicker } from './lazy-case-picker';
import { useCasesT } from './cases.i18n';
import { LogCallNoteMutation } from './cases.operations';

type FormValues = {
  caseId: string;
  direction: CallDirection;
  otherPartyName: string;
  otherPartyPhone: string;
  candidateId: string;
  body: string;
  occurredAt: string;
};

/** The form's values as the API's LogCallNoteInput: an Oslo wall-clock time becomes an instant. */
export function toLogCallNoteInput(values: FormValues): LogCallNoteInput {
  return { ...values, occurredAt: values.occurredAt ? fromOsloLocalInput(values.occurredAt).toISOString() : null };
}

const resolver = apiSchemaResolver<FormValues, 'logCallNoteInput'>('logCallNoteInput', toLogCallNoteInput);
const fields = ['caseId', 'otherPartyName', 'otherPartyPhone', 'candidateId', 'body', 'occurredAt'] as const;

type CallNoteDialogProps = { prefill: CallNotePrefill; onClose: () => void };

export default function CallNoteDialog({ prefill, onClose }: CallNoteDialogProps) {
  const { t } = useCasesT();
  usePreloadApiSchema('logCallNoteInput');
  const [logCallNote] = useMutation(LogCallNoteMutation, {
    update: (cache, { data }) => {
      if (data) addLoggedNoteToCache(cache, data.logCallNote);
    },
  });
  const form = useForm<FormValues, unknown, ApiOutput<'logCallNoteInput'>>({
    resolver,
    defaultValues: {
      caseId: prefill.case?.id ?? '',
      direction: 'incoming',
      otherPartyName: '',
      otherPartyPhone: '',
      candidateId: prefill.candidate?.id ?? '',
      body: '',
      occurredAt: toOsloLocalInput(new Date()),
    },
  });
  const { errors } = form.formState;

  const submit = handleSubmitWithServerErrors(form, fields, async (values) => {
    const { data } = await logCallNote({
      variables: {
        input: {
          caseId: values.caseId,
          direction: values.direction,
          otherPartyName: values.otherPartyName,
          otherPartyPhone: values.otherPartyPhone,
          candidateId: values.candidateId,
          body: values.body,
          // Left at "now": let the server take the exact time (the field only shows minutes).
          occurredAt: form.getFieldState('occurredAt').isDirty ? values.occurredAt.toISOString() : null,
        },
      },
    });
    notifySuccess(t('dialog.saved', { reference: data?.logCallNote.case.reference ?? '' }));
    onClose();
  });

  return (
    <FormDialog title={t('dialog.title')} size="lg" intro={t('dialog.intro')} control={form.control} onSubmit={submit} onClose={onClose} submitLabel={t('dialog.submit')}>
      <PickedIdField
        control={form.control}
        name="caseId"
        initial={prefill.case}
        picker={LazyCasePicker}
        required
        openOnly
        autoFocus={!prefill.case}
        error={fieldMessage(errors.caseId, { default: t('dialog.caseMissing'), conflict: t('dialog.closedCase') })}
      />
      <Controller
        control={form.control}
        name="direction"
        render={({ field }) => (
          // A radio group: one tab stop, arrow keys choose, as a keyboard user expects.
          <Radio.Group label={t('dialog.direction')} value={field.value} onChange={(value) => field.onChange(value as CallDirection)}>
            <Group gap="lg" mt={6}>
              <Radio value="incoming" label={t('direction.incoming')} />
              <Radio value="outgoing" label={t('direction.outgoing')} />
            </Group>
          </Radio.Group>
        )}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('dialog.otherPartyName')}
          required
          autoComplete="off"
          data-autofocus={prefill.case ? true : undefined}
          error={fieldMessage(errors.otherPartyName, { default: t('dialog.nameMissing') })}
          {...form.register('otherPartyName')}
        />
        <TextInput
          label={t('dialog.otherPartyPhone')}
          description={t('dialog.otherPartyPhoneHint')}
          type="tel"
          autoComplete="off"
          error={fieldMessage(errors.otherPartyPhone, { default: t('dialog.phoneInvalid') })}
          {...form.register('otherPartyPhone')}
        />
      </Group>
      <PickedIdField
        control={form.control}
        name="candidateId"
        initial={prefill.candidate}
        picker={LazyCandidatePicker}
        label={t('dialog.candidate')}
        placeholder={t('dialog.candidatePlaceholder')}
        nothingFound={t('dialog.noCandidates')}
        error={fieldMessage(errors.candidateId, { default: t('dialog.noCandidates') })}
      />
      <Textarea
        label={t('dialog.body')}
        description={t('dialog.bodyHint')}
        required
        autosize
        minRows={4}
        maxRows={12}
        error={fieldMessage(errors.body, { default: t('dialog.bodyMissing'), too_big: t('dialog.bodyTooLong') })}
        onKeyDown={(event) => {
          // Enter writes a new line in the note; Ctrl/Cmd+Enter saves, as in most chat and mail tools.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void submit();
          }
        }}
        {...form.register('body')}
      />
      <TextInput
        label={t('dialog.occurredAt')}
        description={t('dialog.occurredAtHint')}
        type="datetime-local"
        w={{ base: '100%', sm: 260 }}
        error={fieldMessage(errors.occurredAt, { default: t('dialog.future') })}
        {...form.register('occurredAt')}
      />
    </FormDialog>
  );
}
