import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { AppModal } from '../../lib/app-modal';
import { apiSchemaResolver, usePreloadApiSchema, type ApiOutput } from '../../lib/api-schema';
import { fieldMessage } from '../../lib/form-messages';
import { formatCalendarDate } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { notifySuccess } from '../../lib/notify';
import { applyServerError } from '../../lib/server-errors';
import { useComplianceT } from './compliance.i18n';
import { AttestComplianceTaskMutation, type ComplianceTaskItem } from './compliance.operations';
import { manualTicks } from './compliance-params';
import { useChecklistLabel, useTaskTitle } from './task-concerns';

type FormValues = { notes: string; checklist: string[] };
type Props = { task: ComplianceTaskItem; onClose: () => void };

/**
 * A partner attests a task: ticks its checklist and adds notes. Items the system checks itself
 * (no session left) are shown as the system sees them, and cannot be ticked by hand.
 */
export default function AttestTaskDialog({ task, onClose }: Props) {
  const { t } = useComplianceT();
  const taskTitle = useTaskTitle();
  usePreloadApiSchema('attestComplianceTaskInput');
  const [attest] = useMutation(AttestComplianceTaskMutation, { refetchQueries: ['ComplianceTasks', 'OverviewWork'] });
  const form = useForm<FormValues, unknown, ApiOutput<'attestComplianceTaskInput'>>({
    resolver: apiSchemaResolver<FormValues, 'attestComplianceTaskInput'>('attestComplianceTaskInput', (values) => ({
      id: task.id,
      notes: values.notes,
      checklist: manualTicks(task.checklist, new Set(values.checklist)),
    })),
    defaultValues: { notes: '', checklist: [] },
  });
  const { errors, isSubmitting } = form.formState;
  const checklistLabel = useChecklistLabel();
  const manualItems = task.checklist.filter((item) => !item.automatic);
  const systemItems = task.checklist.filter((item) => item.automatic);
  const systemPending = systemItems.some((item) => !item.done);

  const submit = form.handleSubmit(async (input) => {
    // Every item must be ticked: say so here rather than after a round trip.
    if (input.checklist?.some((item) => !item.done)) {
      form.setError('checklist', { type: 'incomplete' });
      return;
    }
    try {
      await attest({ variables: { id: input.id, notes: input.notes, checklist: input.checklist } });
      notifySuccess(t('attestForm.done'));
      onClose();
    } catch (error) {
      if (describeError(error).code === 'CONFLICT') form.setError('root.server', { type: 'CONFLICT', message: t('attestForm.alreadyAttested') });
      else applyServerError(form, error, ['notes', 'checklist']);
    }
  });

  // The API names the checklist for both refusals; a pending system check is the likely one.
  const checklistError = errors.checklist ? (systemPending && errors.checklist.type !== 'incomplete' ? t('attestForm.sessionsOpen') : t('attestForm.incomplete')) : undefined;
  return (
    <AppModal onClose={onClose} title={t('attestForm.title', { task: taskTitle(task) })} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm" c={task.overdue ? 'red.9' : 'dimmed'} fw={task.overdue ? 600 : 400}>
            {t('attestForm.due', { date: formatCalendarDate(task.dueOn) })}
            {task.overdue && ` · ${t('overdueBadge')}`}
          </Text>
          {errors.root?.server && (
            <Alert color="red" variant="light" role="alert">
              {errors.root.server.message}
            </Alert>
          )}
          <Stack gap="xs">
            <Controller
              control={form.control}
              name="checklist"
              render={({ field }) => (
                <Checkbox.Group label={t('attestForm.checklist')} value={field.value} onChange={field.onChange} error={checklistError}>
                  <Stack gap="xs" mt="xs">
                    {manualItems.map((item, index) => (
                      <Checkbox key={item.key} value={item.key} data-autofocus={index === 0 ? true : undefined} label={checklistLabel(item)} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
            />
            {/* Outside the group: the group would decide their ticks, and these are the system's. */}
            {systemItems.map((item) => (
              <Checkbox
                key={item.key}
                checked={item.done}
                disabled
                readOnly
                label={checklistLabel(item)}
                description={item.done ? t('attestForm.automatic') : t('attestForm.automaticPending')}
              />
            ))}
          </Stack>
          <Textarea
            label={t('attestForm.notes')}
            description={t('attestForm.notesHint')}
            autosize
            minRows={2}
            error={fieldMessage(errors.notes, { default: t('attestForm.tooLong') })}
            {...form.register('notes')}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('state.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('attestForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
