import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { ConsentAction, ConsentMethod, ConsentPurpose } from '../../gql/graphql';
import { AppModal } from '../../lib/app-modal';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { fieldMessage } from '../../lib/form-messages';
import { fromOsloLocalInput, toOsloLocalInput } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { applyServerError } from '../../lib/server-errors';
import type { PickedCase } from '../cases/case-picker';
import { LazyCasePicker } from '../cases/lazy-case-picker';
import { consentPurposes } from './consent-groups';
import { toSubjectInput, type ConsentSubject } from './consent-subject';
import { useConsentsT } from './consents.i18n';
import { RecordConsentMutation } from './consents.operations';
import type { subjectsForPurpose as subjectsForPurposeRule } from '@pvr/api-inputs/consents/consents.inputs.ts';

type FormValues = {
  purpose: ConsentPurpose;
  caseId: string;
  action: ConsentAction;
  occurredAt: string;
  method: ConsentMethod;
  personName: string;
  evidenceForm: string;
  evidenceStatementVersion: string;
  evidenceNote: string;
};

export type RecordConsentPrefill = { purpose?: ConsentPurpose; action?: ConsentAction; caseId?: string | null };
const methods: readonly ConsentMethod[] = ['web_form', 'email', 'phone', 'in_person'];

type SubjectsForPurpose = typeof subjectsForPurposeRule;
// The same module as the form's schema: loading it here costs nothing more.
const loadSubjectsForPurpose = () => import('@pvr/api-inputs/consents/consents.inputs.ts').then((m) => m.subjectsForPurpose);

/** The form's values as the API's RecordConsentInput for this subject (the schema wants a Date). */
export function toRecordConsentInput(subject: ConsentSubject, values: FormValues) {
  return {
    ...values,
    subject: toSubjectInput(subject),
    caseId: values.purpose === 'share_with_client' ? values.caseId : null,
    personName: subject.type === 'person' ? values.personName : null,
    occurredAt: values.occurredAt ? fromOsloLocalInput(values.occurredAt) : null,
  };
}

type Props = { subject: ConsentSubject; prefill?: RecordConsentPrefill; onClose: () => void };

/** Records a grant or a withdrawal with its evidence; the history only ever grows. */
export default function RecordConsentDialog({ subject, prefill = {}, onClose }: Props) {
  const { t } = useConsentsT();
  usePreloadApiSchema('recordConsentInput');
  const [rule, setRule] = useState<SubjectsForPurpose | null>(null);
  useEffect(() => void loadSubjectsForPurpose().then(setRule, () => undefined), []);
  // Which purposes this kind of person can have, from the API's own rule.
  const purposes = rule ? consentPurposes.filter((p) => rule[p].includes(subject.type)) : consentPurposes;
  const [resolver] = useState(() => apiSchemaResolver<FormValues, 'recordConsentInput'>('recordConsentInput', (values) => toRecordConsentInput(subject, values)));
  const [pickedCase, setPickedCase] = useState<PickedCase | null>(prefill.caseId ? { id: prefill.caseId, label: prefill.caseId } : null);
  const [record] = useMutation(RecordConsentMutation, { refetchQueries: ['ConsentHistory', 'CurrentConsents', 'Candidate', 'RecentConsentEvents'] });
  const form = useForm<FormValues, unknown, ApiOutput<'recordConsentInput'>>({
    resolver,
    defaultValues: {
      purpose: prefill.purpose ?? (subject.type === 'subscriber' ? 'newsletter' : subject.type === 'person' ? 'web_analytics' : 'candidate_registry'),
      caseId: prefill.caseId ?? '',
      action: prefill.action ?? 'granted',
      occurredAt: toOsloLocalInput(new Date()),
      method: 'email',
      personName: '',
      evidenceForm: '',
      evidenceStatementVersion: '',
      evidenceNote: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const purpose = form.watch('purpose');
  const action = form.watch('action');
  const tooLong = t('record.tooLong');

  const submit = form.handleSubmit(async (parsed) => {
    try {
      await record({
        variables: {
          input: {
            subject: toSubjectInput(subject),
            personName: parsed.personName,
            purpose: parsed.purpose,
            caseId: parsed.caseId,
            action: parsed.action,
            // Left at "now": let the server take the exact time (the field only shows minutes).
            occurredAt: form.getFieldState('occurredAt').isDirty ? parsed.occurredAt.toISOString() : null,
            method: parsed.method,
            evidenceForm: parsed.evidenceForm,
            evidenceStatementVersion: parsed.evidenceStatementVersion,
            evidenceNote: parsed.evidenceNote,
          },
        },
      });
      notifySuccess(t('record.done'));
      onClose();
    } catch (error) {
      applyServerError(form, error, ['purpose', 'caseId', 'action', 'occurredAt', 'method', 'personName', 'evidenceForm', 'evidenceStatementVersion', 'evidenceNote']);
    }
  });

  return (
    <AppModal onClose={onClose} title={t('record.title')} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {subject.label && <Text fw={500}>{subject.label}</Text>}
          {errors.root?.server && (
            <Alert color="red" variant="light" role="alert">
              {errors.root.server.message}
            </Alert>
          )}
          <Controller
            control={form.control}
            name="action"
            render={({ field }) => (
              <Stack gap={4}>
                <Text component="span" size="sm" fw={500} id="consent-action-label">
                  {t('record.action')}
                </Text>
                <SegmentedControl
                  aria-labelledby="consent-action-label"
                  value={field.value}
                  onChange={(value) => field.onChange(value as ConsentAction)}
                  data={[
                    { value: 'granted', label: t('consentAction.granted', { ns: 'common' }) },
                    { value: 'withdrawn', label: t('consentAction.withdrawn', { ns: 'common' }) },
                  ]}
                />
              </Stack>
            )}
          />
          {action === 'withdrawn' && (
            <Text size="sm" c="red.9">
              {t('record.withdrawWarning')}
            </Text>
          )}
          <Controller
            control={form.control}
            name="purpose"
            render={({ field }) => (
              // Controlled: its options change once the API's rule has loaded, and the choice must stay.
              <NativeSelect
                label={t('record.purpose')}
                data-autofocus
                data={purposes.map((value) => ({ value, label: t(`purpose.${value}`, { ns: 'common' }) }))}
                value={field.value}
                onChange={(event) => field.onChange(event.currentTarget.value as ConsentPurpose)}
                onBlur={field.onBlur}
                error={fieldMessage(errors.purpose, { default: t('record.purposeInvalid') })}
              />
            )}
          />
          {purpose === 'share_with_client' && (
            <Controller
              control={form.control}
              name="caseId"
              render={({ field }) => (
                <LazyCasePicker
                  label={t('record.case')}
                  required
                  value={pickedCase}
                  onChange={(picked) => {
                    setPickedCase(picked);
                    field.onChange(picked?.id ?? '');
                  }}
                  error={fieldMessage(errors.caseId, { default: t('record.caseMissing') })}
                />
              )}
            />
          )}
          <Group grow align="flex-start">
            <TextInput
              label={t('record.occurredAt')}
              description={t('record.occurredAtHint')}
              type="datetime-local"
              error={fieldMessage(errors.occurredAt, { default: t('record.future') })}
              {...form.register('occurredAt')}
            />
            <NativeSelect label={t('record.method')} data={methods.map((value) => ({ value, label: t(`consentMethod.${value}`, { ns: 'common' }) }))} {...form.register('method')} />
          </Group>
          {subject.type === 'person' && <TextInput label={t('record.personName')} error={fieldMessage(errors.personName, { default: tooLong })} {...form.register('personName')} />}
          <Group grow align="flex-start">
            <TextInput label={t('record.evidenceForm')} error={fieldMessage(errors.evidenceForm, { default: tooLong })} {...form.register('evidenceForm')} />
            <TextInput label={t('record.evidenceStatementVersion')} error={fieldMessage(errors.evidenceStatementVersion, { default: tooLong })} {...form.register('evidenceStatementVersion')} />
          </Group>
          <Textarea
            label={t('record.evidenceNote')}
            description={t('record.evidenceNoteHint')}
            autosize
            minRows={2}
            error={fieldMessage(errors.evidenceNote, { default: tooLong })}
            {...form.register('evidenceNote')}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('state.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={isSubmitting} color={action === 'withdrawn' ? 'red.9' : undefined}>
              {t('record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
