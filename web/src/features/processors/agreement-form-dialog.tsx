import { useMutation } from '@apollo/client/react';
import { Checkbox, FileInput, Group, NativeSelect, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { AgreementFieldsFragment, AgreementKind, AgreementStatus, Art28Clause } from '../../gql/graphql';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { fileToBase64, maxUploadBytes } from '../../lib/files';
import { FormDialog } from '../../lib/form-dialog';
import { fieldMessage } from '../../lib/form-messages';
import { describeError } from '../../lib/graphql-errors';
import { notifySuccess } from '../../lib/notify';
import { applyServerError } from '../../lib/server-errors';
import { art28Clauses } from './art28-clauses';
import { useProcessorsT } from './processors.i18n';
import { CreateAgreementMutation, UpdateAgreementMutation } from './processors.operations';

type FormValues = { kind: AgreementKind; status: AgreementStatus; signedOn: string; reviewDueOn: string; clauses: Art28Clause[]; notes: string; removeDocument: boolean };

const kinds: readonly AgreementKind[] = ['data_processing_agreement', 'commercial_agreement', 'joint_controller_arrangement'];
const statuses: readonly AgreementStatus[] = ['draft', 'signed', 'expired', 'terminated'];

// The file is read and attached after the schema has checked the rest: reading it is asynchronous.
const createResolver = (processorId: string) => apiSchemaResolver<FormValues, 'createAgreementInput'>('createAgreementInput', ({ removeDocument: _, ...values }) => ({ ...values, processorId }));
const updateResolver = apiSchemaResolver<FormValues, 'updateAgreementInput'>('updateAgreementInput');

type Props = { processor: { id: string; name: string }; agreement?: AgreementFieldsFragment; onClose: () => void };

/** A new agreement or a change to one: its kind, status, dates, the Art. 28(3) clauses it covers, and its document. */
export default function AgreementFormDialog({ processor, agreement, onClose }: Props) {
  const { t } = useProcessorsT();
  usePreloadApiSchema('createAgreementInput');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [resolver] = useState(() => (agreement ? updateResolver : createResolver(processor.id)));
  const [create] = useMutation(CreateAgreementMutation, { refetchQueries: ['Processor', 'Processors'] });
  const [update] = useMutation(UpdateAgreementMutation, { refetchQueries: ['Processors'] });
  const form = useForm<FormValues, unknown, ApiOutput<'createAgreementInput'> | ApiOutput<'updateAgreementInput'>>({
    resolver,
    defaultValues: {
      kind: agreement?.kind ?? 'data_processing_agreement',
      status: agreement?.status ?? 'draft',
      signedOn: agreement?.signedOn ?? '',
      reviewDueOn: agreement?.reviewDueOn ?? '',
      clauses: agreement?.clauses ?? [],
      notes: agreement?.notes ?? '',
      removeDocument: false,
    },
  });
  const { errors } = form.formState;
  const removing = form.watch('removeDocument');

  const submit = form.handleSubmit(async (parsed) => {
    setFileError(null);
    if (file && file.size > maxUploadBytes) {
      setFileError(t('agreementForm.documentTooBig'));
      return;
    }
    const document = file && !removing ? { fileName: file.name, contentBase64: await fileToBase64(file) } : null;
    try {
      if (agreement) {
        const input = parsed as ApiOutput<'updateAgreementInput'>;
        await update({ variables: { id: agreement.id, input: { ...input, document, removeDocument: removing || null } } });
      } else {
        const input = parsed as ApiOutput<'createAgreementInput'>;
        await create({ variables: { input: { ...input, document } } });
      }
      notifySuccess(t('agreementForm.saved'));
      onClose();
    } catch (error) {
      const problem = describeError(error);
      if (problem.field?.startsWith('document')) setFileError(t('agreementForm.documentRefused'));
      else applyServerError(form, error, ['kind', 'status', 'signedOn', 'reviewDueOn', 'clauses', 'notes']);
    }
  });

  return (
    <FormDialog
      title={agreement ? t('agreementForm.editTitle', { name: processor.name }) : t('agreementForm.createTitle', { name: processor.name })}
      size="xl"
      control={form.control}
      onSubmit={submit}
      onClose={onClose}
    >
      <Group grow align="flex-start">
        <NativeSelect label={t('kind.label')} data-autofocus data={kinds.map((value) => ({ value, label: t(`kind.${value}`) }))} {...form.register('kind')} />
        <NativeSelect label={t('status.label')} data={statuses.map((value) => ({ value, label: t(`status.${value}`) }))} {...form.register('status')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={t('agreementForm.signedOn')} type="date" error={fieldMessage(errors.signedOn, { default: t('agreementForm.signedOnMissing') })} {...form.register('signedOn')} />
        <TextInput label={t('agreementForm.reviewDueOn')} type="date" required error={fieldMessage(errors.reviewDueOn, { default: t('agreementForm.reviewInvalid') })} {...form.register('reviewDueOn')} />
      </Group>
      <Controller
        control={form.control}
        name="clauses"
        render={({ field }) => (
          <Checkbox.Group label={t('agreementForm.clauses')} value={field.value} onChange={(value) => field.onChange(value as Art28Clause[])} error={fieldMessage(errors.clauses as never, { default: t('agreementForm.tooLong') })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {art28Clauses.map((clause) => (
                <Checkbox key={clause} value={clause} label={t(`clause.${clause}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
      />
      <Textarea label={t('agreementForm.notes')} autosize minRows={2} error={fieldMessage(errors.notes, { default: t('agreementForm.tooLong') })} {...form.register('notes')} />
      {agreement?.documentName && <Text size="sm">{t('agreementForm.documentKeep', { name: agreement.documentName })}</Text>}
      {agreement?.documentName && <Checkbox label={t('agreementForm.removeDocument')} {...form.register('removeDocument')} />}
      {!removing && (
        <FileInput
          label={t('agreementForm.document')}
          placeholder={t('agreementForm.chooseFile')}
          accept="application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.pdf,.docx"
          value={file}
          onChange={setFile}
          clearable
          clearButtonProps={{ 'aria-label': t('state.clear', { ns: 'common' }) }}
          error={fileError}
        />
      )}
    </FormDialog>
  );
}
