import { useMutation } from '@apollo/client/react';
import { Group, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { CandidateProfileFragment, CandidateStatus } from '../../gql/graphql';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { FormDialog } from '../../lib/form-dialog';
import { fieldMessage } from '../../lib/form-messages';
import { notifySuccess } from '../../lib/notify';
import { handleSubmitWithServerErrors } from '../../lib/server-errors';
import { useCandidatesT } from './candidates.i18n';
import { CreateCandidateMutation, UpdateCandidateMutation } from './candidates.operations';
import { candidateStatuses } from './candidate-vocabulary';

type FormValues = { fullName: string; email: string; phone: string; location: string; summary: string; skills: string; status: CandidateStatus };

/** Skills are typed as one comma-separated line and sent as a list. */
export function toCandidateInput(values: FormValues) {
  return { ...values, skills: values.skills.split(',').map((skill) => skill.trim()).filter(Boolean) };
}

const createResolver = apiSchemaResolver<FormValues, 'createCandidateInput'>('createCandidateInput', toCandidateInput);
const updateResolver = apiSchemaResolver<FormValues, 'updateCandidateInput'>('updateCandidateInput', toCandidateInput);
const fields = ['fullName', 'email', 'phone', 'location', 'summary', 'skills', 'status'] as const;

type Props = { candidate?: CandidateProfileFragment; onClose: () => void; onSaved: (id: string) => void };

/** Create a candidate, or edit one's profile (partners only); the API's schema checks both. */
export default function CandidateFormDialog({ candidate, onClose, onSaved }: Props) {
  const { t } = useCandidatesT();
  usePreloadApiSchema('createCandidateInput');
  const [create] = useMutation(CreateCandidateMutation, { refetchQueries: ['Candidates'] });
  const [update] = useMutation(UpdateCandidateMutation);
  const form = useForm<FormValues, unknown, ApiOutput<'createCandidateInput'> | ApiOutput<'updateCandidateInput'>>({
    resolver: candidate ? updateResolver : createResolver,
    defaultValues: {
      fullName: candidate?.fullName ?? '',
      email: candidate?.email ?? '',
      phone: candidate?.phone ?? '',
      location: candidate?.location ?? '',
      summary: candidate?.summary ?? '',
      skills: candidate?.skills.join(', ') ?? '',
      status: candidate?.status ?? 'active',
    },
  });
  const { errors } = form.formState;

  const submit = handleSubmitWithServerErrors(form, fields, async (input) => {
    if (candidate) {
      await update({ variables: { id: candidate.id, input } });
      notifySuccess(t('detail.saved'));
      onSaved(candidate.id);
    } else {
      const { data } = await create({ variables: { input: input as ApiOutput<'createCandidateInput'> } });
      if (!data) return;
      notifySuccess(t('create.done'));
      onSaved(data.createCandidate.id);
    }
  });

  const tooLong = t('form.tooLong');
  return (
    <FormDialog
      title={candidate ? t('detail.editTitle') : t('create.title')}
      size="lg"
      control={form.control}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={candidate ? t('state.save', { ns: 'common' }) : t('create.submit')}
    >
      <TextInput label={t('form.fullName')} required data-autofocus error={fieldMessage(errors.fullName, { default: t('form.nameMissing'), too_big: tooLong })} {...form.register('fullName')} />
      <Group grow align="flex-start">
        <TextInput label={t('form.email')} type="email" error={fieldMessage(errors.email, { default: t('form.emailInvalid'), conflict: t('form.emailTaken') })} {...form.register('email')} />
        <TextInput label={t('form.phone')} type="tel" description={t('form.phoneHint')} error={fieldMessage(errors.phone, { default: t('form.phoneInvalid') })} {...form.register('phone')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={t('form.location')} error={fieldMessage(errors.location, { default: tooLong })} {...form.register('location')} />
        <NativeSelect label={t('form.status')} data={candidateStatuses.map((value) => ({ value, label: t(`status.${value}`) }))} {...form.register('status')} />
      </Group>
      <TextInput label={t('form.skills')} description={t('form.skillsHint')} error={fieldMessage(errors.skills, { default: t('form.skillsInvalid') })} {...form.register('skills')} />
      <Textarea label={t('form.summary')} autosize minRows={3} maxRows={10} error={fieldMessage(errors.summary, { default: tooLong })} {...form.register('summary')} />
    </FormDialog>
  );
}
