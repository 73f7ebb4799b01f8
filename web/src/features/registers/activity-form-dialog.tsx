import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Group, MultiSelect, NativeSelect, TagsInput, Textarea, TextInput } from '@mantine/core';
import { Controller, useForm, type FieldError, type Merge } from 'react-hook-form';
import type { ProcessingActivityFieldsFragment } from '../../gql/graphql';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { FormDialog } from '../../lib/form-dialog';
import { fieldMessage } from '../../lib/form-messages';
import { describeError } from '../../lib/graphql-errors';
import { notifySuccess } from '../../lib/notify';
import { applyServerError } from '../../lib/server-errors';
import { activityFields, activityFormValues, formFieldOf, listProblem, type ActivityFormValues } from './activity-form-values';
import { legalBases, legalBasisLabel, retentionRuleText } from './activity-vocabulary';
import { useRegistersT } from './registers.i18n';
import { ActivityOptionsQuery, CreateProcessingActivityMutation, UpdateProcessingActivityMutation } from './registers.operations';

const createResolver = apiSchemaResolver<ActivityFormValues, 'createProcessingActivityInput'>('createProcessingActivityInput');
const updateResolver = apiSchemaResolver<ActivityFormValues, 'updateProcessingActivityInput'>('updateProcessingActivityInput');
type Output = ApiOutput<'createProcessingActivityInput'> | ApiOutput<'updateProcessingActivityInput'>;
type ListName = 'dataSubjectCategories' | 'dataCategories' | 'recipients';

type Props = { activity?: ProcessingActivityFieldsFragment; onClose: () => void };

export default function ActivityFormDialog({ activity, onClose }: Props) {
  const { t } = useRegistersT();
  usePreloadApiSchema(activity ? 'updateProcessingActivityInput' : 'createProcessingActivityInput');
  const options = useQuery(ActivityOptionsQuery);
  const [create] = useMutation(CreateProcessingActivityMutation, { refetchQueries: ['ProcessingActivities'] });
  const [update] = useMutation(UpdateProcessingActivityMutation);
  const form = useForm<ActivityFormValues, unknown, Output>({ resolver: activity ? updateResolver : createResolver, defaultValues: activityFormValues(activity) });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (input) => {
    try {
      if (activity) await update({ variables: { id: activity.id, input } });
      else await create({ variables: { input: input as ApiOutput<'createProcessingActivityInput'> } });
      notifySuccess(t('form.saved'));
      onClose();
    } catch (error) {
      // One entry of a list (`recipients.2`) is shown on the list's input.
      const problem = describeError(error);
      const field = formFieldOf(problem.field);
      if (field && problem.code === 'BAD_USER_INPUT' && field !== problem.field) form.setError(field, { type: 'server', message: problem.message }, { shouldFocus: true });
      else applyServerError(form, error, activityFields);
    }
  });

  const text = { default: t('form.required'), too_big: t('form.tooLong') };
  const listMessage = (error: Merge<FieldError, (FieldError | undefined)[]> | undefined) => {
    const problem = listProblem(error);
    return problem === 'tooMany' ? t('form.tooMany') : problem === 'entry' ? t('form.itemTooLong') : undefined;
  };
  const tags = (name: ListName, label: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <TagsInput
          label={label}
          description={t('form.tagsHint')}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          ref={field.ref}
          clearable
          error={listMessage(errors[name])}
        />
      )}
    />
  );

  const rules = options.data?.retentionRules ?? [];
  return (
    <FormDialog title={activity ? t('form.editTitle') : t('form.createTitle')} size="xl" control={form.control} onSubmit={submit} onClose={onClose}>
      {options.error && (
        <Alert color="red" variant="light" role="alert">
          {t('form.optionsFailed')}
        </Alert>
      )}
      <TextInput label={t('form.name')} required data-autofocus error={fieldMessage(errors.name, { ...text, conflict: t('form.nameTaken') })} {...form.register('name')} />
      <Textarea label={t('form.purpose')} required autosize minRows={2} error={fieldMessage(errors.purpose, text)} {...form.register('purpose')} />
      <Group grow align="flex-start">
        <NativeSelect
          label={t('form.legalBasis')}
          required
          data={legalBases.map((value) => ({ value, label: legalBasisLabel(t, value) }))}
          error={fieldMessage(errors.legalBasis, text)}
          {...form.register('legalBasis')}
        />
        <NativeSelect
          label={t('form.retention')}
          data={[
            { value: '', label: t('form.noRule') },
            ...rules.map((rule) => ({
              value: rule.id,
              label: `${t(`category.${rule.category}`)}: ${retentionRuleText(t, rule)}${rule.enabled ? '' : ` (${t('retention.disabled').toLowerCase()})`}`,
            })),
          ]}
          error={fieldMessage(errors.retentionRuleId, { default: t('form.ruleMissing') })}
          {...form.register('retentionRuleId')}
        />
      </Group>
      <Textarea label={t('form.legalBasisDetail')} autosize minRows={1} error={fieldMessage(errors.legalBasisDetail, text)} {...form.register('legalBasisDetail')} />
      {tags('dataSubjectCategories', t('form.subjects'))}
      {tags('dataCategories', t('form.data'))}
      {tags('recipients', t('form.recipients'))}
      <Controller
        control={form.control}
        name="processorIds"
        render={({ field }) => (
          <MultiSelect
            label={t('form.processors')}
            description={options.loading ? t('form.processorsLoading') : t('form.processorsHint')}
            searchable
            clearable
            nothingFoundMessage={t('form.noProcessors')}
            data={(options.data?.processors.nodes ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={listProblem(errors.processorIds) === 'tooMany' ? t('form.tooMany') : errors.processorIds ? t('form.processorMissing') : undefined}
          />
        )}
      />
      <Textarea label={t('form.transfers')} description={t('form.transfersHint')} autosize minRows={1} error={fieldMessage(errors.thirdCountryTransfers, text)} {...form.register('thirdCountryTransfers')} />
      <Textarea label={t('form.security')} required autosize minRows={2} error={fieldMessage(errors.securityMeasures, text)} {...form.register('securityMeasures')} />
    </FormDialog>
  );
}
