import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { CandidateProfileFragment, CandidateStatus } from '../../gql/graphql';
import { AppModal } from '../../lib/app-modal';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { fieldMessage } from '../../lib/form-messages';
import { notifySuccess } from '../../lib/notify';
import { applyServerError } from '../../lib/server-errors';
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
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    try {
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
    } catch (error) {
      applyServerError(form, error, fields);
    }
  });

  const tooLong = t('form.tooLong');
  return (
    <AppModal onClose={onClose} title={candidate ? t('detail.editTitle') : t('create.title')} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {errors.root?.server && (
            <Alert color="red" variant="light" role="alert">
              {errors.root.server.message}
            </Alert>
          )}
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
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('state.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {candidate ? t('state.save', { ns: 'common' }) : t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
