import { useMutation } from '@apollo/client/react';
import { Group, NativeSelect, NumberInput, Switch, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import type { RetentionAction, RetentionClockStart, RetentionRuleFieldsFragment } from '../../gql/graphql';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { FormDialog } from '../../lib/form-dialog';
import { fieldMessage } from '../../lib/form-messages';
import { notifySuccess } from '../../lib/notify';
import { handleSubmitWithServerErrors } from '../../lib/server-errors';
import { useDurationText } from './duration-text';
import { useRetentionT } from './retention.i18n';
import { UpdateRetentionRuleMutation } from './retention.operations';

type FormValues = { description: string; durationMonths: number | string; countsFrom: RetentionClockStart; action: RetentionAction; legalBasis: string; enabled: boolean };

// NumberInput gives '' for an empty field: the schema then names the field instead of passing a string.
const resolver = apiSchemaResolver<FormValues, 'updateRetentionRuleInput'>('updateRetentionRuleInput', (values) => ({
  ...values,
  durationMonths: values.durationMonths === '' ? undefined : Number(values.durationMonths),
}));
const clockStarts: readonly RetentionClockStart[] = ['last_activity', 'case_closed', 'inquiry_answered', 'unconfirmed_signup', 'financial_year_end', 'departure'];
const actions: readonly RetentionAction[] = ['delete', 'anonymise'];
const fields = ['description', 'durationMonths', 'countsFrom', 'action', 'legalBasis', 'enabled'] as const;

/**
 * A partner changes a rule. Every clock and action is offered: the API knows which ones the job
 * can carry out for the category, and its refusal lands on the field.
 */
export default function RetentionRuleDialog({ rule, onClose }: { rule: RetentionRuleFieldsFragment; onClose: () => void }) {
  const { t } = useRetentionT();
  const durationText = useDurationText();
  usePreloadApiSchema('updateRetentionRuleInput');
  const [update] = useMutation(UpdateRetentionRuleMutation, { refetchQueries: ['OverviewWork'] });
  const form = useForm<FormValues, unknown, ApiOutput<'updateRetentionRuleInput'>>({
    resolver,
    defaultValues: {
      description: rule.description,
      durationMonths: rule.durationMonths,
      countsFrom: rule.countsFrom,
      action: rule.action,
      legalBasis: rule.legalBasis,
      enabled: rule.enabled,
    },
  });
  const { errors } = form.formState;
  const months = Number(form.watch('durationMonths'));
  const category = t(`category.${rule.category}`);

  const submit = handleSubmitWithServerErrors(form, fields, async (input) => {
    await update({ variables: { id: rule.id, input } });
    notifySuccess(t('ruleForm.saved'));
    onClose();
  });

  return (
    <FormDialog title={t('ruleForm.title', { category })} size="lg" intro={t('ruleForm.intro')} control={form.control} onSubmit={submit} onClose={onClose}>
      <Controller
        control={form.control}
        name="durationMonths"
        render={({ field }) => (
          <NumberInput
            label={t('ruleForm.durationMonths')}
            description={Number.isInteger(months) && months > 0 ? t('ruleForm.durationHint', { duration: durationText(months) }) : undefined}
            required
            data-autofocus
            min={1}
            max={1200}
            allowDecimal={false}
            allowNegative={false}
            w={{ base: '100%', sm: 260 }}
            name={field.name}
            ref={field.ref}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldMessage(errors.durationMonths, { default: t('ruleForm.durationInvalid') })}
          />
        )}
      />
      <Group grow align="flex-start">
        <NativeSelect
          label={t('countsFrom.label')}
          data={clockStarts.map((value) => ({ value, label: t(`countsFrom.${value}`) }))}
          error={fieldMessage(errors.countsFrom, { default: t('ruleForm.countsFromRefused') })}
          {...form.register('countsFrom')}
        />
        <NativeSelect
          label={t('action.label')}
          data={actions.map((value) => ({ value, label: t(`action.${value}`) }))}
          error={fieldMessage(errors.action, { default: t('ruleForm.actionRefused') })}
          {...form.register('action')}
        />
      </Group>
      <Textarea
        label={t('ruleForm.description')}
        required
        autosize
        minRows={2}
        error={fieldMessage(errors.description, { default: t('ruleForm.tooLong'), too_small: t('ruleForm.required') })}
        {...form.register('description')}
      />
      <Textarea
        label={t('ruleForm.legalBasis')}
        required
        autosize
        minRows={2}
        error={fieldMessage(errors.legalBasis, { default: t('ruleForm.tooLong'), too_small: t('ruleForm.required') })}
        {...form.register('legalBasis')}
      />
      {/* Controlled: a registered switch does not show its default as checked. */}
      <Controller
        control={form.control}
        name="enabled"
        render={({ field }) => (
          <Switch
            label={t('ruleForm.enabled')}
            description={t('ruleForm.enabledHint')}
            name={field.name}
            ref={field.ref}
            checked={field.value}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
            onBlur={field.onBlur}
          />
        )}
      />
    </FormDialog>
  );
}
