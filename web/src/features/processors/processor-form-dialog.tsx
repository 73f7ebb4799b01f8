import { useMutation, useQuery } from '@apollo/client/react';
import { Checkbox, Group, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { DataLocation, ProcessorFieldsFragment, ProcessorRole, TransferBasis } from '../../gql/graphql';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { FormDialog } from '../../lib/form-dialog';
import { fieldMessage } from '../../lib/form-messages';
import { notifySuccess } from '../../lib/notify';
import { handleSubmitWithServerErrors } from '../../lib/server-errors';
import { useProcessorsT } from './processors.i18n';
import { CreateProcessorMutation, ProcessorOptionsQuery, UpdateProcessorMutation } from './processors.operations';

type FormValues = {
  name: string;
  organisationNumber: string;
  role: ProcessorRole;
  parentProcessorId: string;
  serviceDescription: string;
  dataCategories: string;
  dataSubjectCategories: string;
  hasPersonalDataAccess: boolean;
  dataLocation: DataLocation;
  countries: string;
  transferBasis: TransferBasis | '';
  website: string;
  listedInPrivacyStatement: boolean;
  optOutUrl: string;
};

const list = (text: string) => text.split(',').map((item) => item.trim()).filter(Boolean);

/** Lists are typed as comma-separated lines; fields that do not apply to the chosen role or location are not sent. */
export function toProcessorInput(values: FormValues) {
  return {
    ...values,
    parentProcessorId: values.role === 'sub_processor' ? values.parentProcessorId : '',
    dataCategories: list(values.dataCategories),
    dataSubjectCategories: list(values.dataSubjectCategories),
    countries: list(values.countries).map((code) => code.toUpperCase()),
    transferBasis: values.dataLocation === 'third_country' && values.transferBasis ? values.transferBasis : null,
  };
}

const createResolver = apiSchemaResolver<FormValues, 'createProcessorInput'>('createProcessorInput', toProcessorInput);
const updateResolver = apiSchemaResolver<FormValues, 'updateProcessorInput'>('updateProcessorInput', toProcessorInput);
const roles: readonly ProcessorRole[] = ['processor', 'sub_processor', 'independent_controller'];
const bases: readonly TransferBasis[] = ['adequacy_decision', 'standard_contractual_clauses', 'binding_corporate_rules', 'derogation'];
const fields = ['name', 'organisationNumber', 'role', 'parentProcessorId', 'serviceDescription', 'dataCategories', 'dataSubjectCategories', 'dataLocation', 'countries', 'transferBasis', 'website', 'optOutUrl'] as const;

type Props = { processor?: ProcessorFieldsFragment; onClose: () => void; onSaved: (id: string) => void };

export default function ProcessorFormDialog({ processor, onClose, onSaved }: Props) {
  const { t } = useProcessorsT();
  usePreloadApiSchema('createProcessorInput');
  const options = useQuery(ProcessorOptionsQuery);
  const [create] = useMutation(CreateProcessorMutation, { refetchQueries: ['Processors'] });
  const [update] = useMutation(UpdateProcessorMutation);
  const form = useForm<FormValues, unknown, ApiOutput<'createProcessorInput'> | ApiOutput<'updateProcessorInput'>>({
    resolver: processor ? updateResolver : createResolver,
    defaultValues: {
      name: processor?.name ?? '',
      organisationNumber: processor?.organisationNumber ?? '',
      role: processor?.role ?? 'processor',
      parentProcessorId: processor?.parentProcessor?.id ?? '',
      serviceDescription: processor?.serviceDescription ?? '',
      dataCategories: processor?.dataCategories.join(', ') ?? '',
      dataSubjectCategories: processor?.dataSubjectCategories.join(', ') ?? '',
      hasPersonalDataAccess: processor?.hasPersonalDataAccess ?? true,
      dataLocation: processor?.dataLocation ?? 'eea',
      countries: processor?.countries.join(', ') ?? '',
      transferBasis: processor?.transferBasis ?? '',
      website: processor?.website ?? '',
      listedInPrivacyStatement: processor?.listedInPrivacyStatement ?? false,
      optOutUrl: processor?.optOutUrl ?? '',
    },
  });
  const { errors } = form.formState;
  const role = form.watch('role');
  const location = form.watch('dataLocation');
  const parents = (options.data?.processors.nodes ?? []).filter((p) => p.role === 'processor' && p.id !== processor?.id);

  const submit = handleSubmitWithServerErrors(form, fields, async (input) => {
    if (processor) {
      await update({ variables: { id: processor.id, input } });
      notifySuccess(t('form.saved'));
      onSaved(processor.id);
    } else {
      const { data } = await create({ variables: { input: input as ApiOutput<'createProcessorInput'> } });
      if (!data) return;
      notifySuccess(t('form.saved'));
      onSaved(data.createProcessor.id);
    }
  });

  const text = { default: t('form.required'), too_big: t('form.tooLong') };
  return (
    <FormDialog title={processor ? t('form.editTitle') : t('form.createTitle')} size="xl" control={form.control} onSubmit={submit} onClose={onClose}>
      <Group grow align="flex-start">
        <TextInput label={t('form.name')} required data-autofocus error={fieldMessage(errors.name, { ...text, conflict: t('form.nameTaken') })} {...form.register('name')} />
        <TextInput label={t('form.orgNumber')} inputMode="numeric" error={fieldMessage(errors.organisationNumber, { default: t('form.orgInvalid') })} {...form.register('organisationNumber')} />
      </Group>
      <Group grow align="flex-start">
        <NativeSelect label={t('role.label')} data={roles.map((value) => ({ value, label: t(`role.${value}`) }))} {...form.register('role')} />
        {role === 'sub_processor' && (
          <NativeSelect
            label={t('form.parent')}
            required
            data={[{ value: '', label: '–' }, ...parents.map((p) => ({ value: p.id, label: p.name }))]}
            error={fieldMessage(errors.parentProcessorId, { default: t('form.parentMissing') })}
            {...form.register('parentProcessorId')}
          />
        )}
      </Group>
      <Textarea label={t('form.service')} required autosize minRows={2} error={fieldMessage(errors.serviceDescription, text)} {...form.register('serviceDescription')} />
      <Group grow align="flex-start">
        <TextInput label={t('form.dataCategories')} description={t('form.listHint')} error={fieldMessage(errors.dataCategories, { default: t('form.tooLong') })} {...form.register('dataCategories')} />
        <TextInput label={t('form.subjectCategories')} description={t('form.listHint')} error={fieldMessage(errors.dataSubjectCategories, { default: t('form.tooLong') })} {...form.register('dataSubjectCategories')} />
      </Group>
      <Checkbox label={t('form.hasAccess')} {...form.register('hasPersonalDataAccess')} />
      <Group grow align="flex-start">
        <NativeSelect label={t('location.label')} data={(['eea', 'third_country'] as const).map((value) => ({ value, label: t(`location.${value}`) }))} {...form.register('dataLocation')} />
        <TextInput label={t('form.countries')} description={t('form.countriesHint')} error={fieldMessage(errors.countries, { default: t('form.countriesInvalid') })} {...form.register('countries')} />
      </Group>
      {location === 'third_country' && (
        <NativeSelect
          label={t('transferBasis.label')}
          required
          data={[{ value: '', label: '–' }, ...bases.map((value) => ({ value, label: t(`transferBasis.${value}`) }))]}
          error={fieldMessage(errors.transferBasis, { default: t('form.basisMissing') })}
          {...form.register('transferBasis')}
        />
      )}
      <Group grow align="flex-start">
        <TextInput label={t('form.website')} description={t('form.urlHint')} type="url" error={fieldMessage(errors.website, { default: t('form.urlInvalid') })} {...form.register('website')} />
        <TextInput label={t('form.optOut')} description={t('form.urlHint')} type="url" error={fieldMessage(errors.optOutUrl, { default: t('form.urlInvalid') })} {...form.register('optOutUrl')} />
      </Group>
      <Checkbox label={t('form.listed')} {...form.register('listedInPrivacyStatement')} />
    </FormDialog>
  );
}
