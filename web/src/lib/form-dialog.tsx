import { Alert, Button, Group, Stack, Text, type ModalProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useFormState, type Control, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AppModal } from './app-modal';

type FormDialogProps<T extends FieldValues, O> = {
  title: string;
  size?: ModalProps['size'];
  /** A line under the title on what the form is for. */
  intro?: ReactNode;
  /** The form's control: the dialog shows its refusal from the API and its pending state. */
  control: Control<T, unknown, O>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  onClose: () => void;
  /** "Save" unless the action has a name of its own. */
  submitLabel?: string;
  /** The fields: each dialog keeps its own, and its own schema. */
  children: ReactNode;
};

/**
 * The frame every form dialog shares: title, intro, the API's refusal above the fields (errors
 * on a field land on that field, see applyServerError), and Cancel / submit below them.
 */
export function FormDialog<T extends FieldValues, O>({ title, size, intro, control, onSubmit, onClose, submitLabel, children }: FormDialogProps<T, O>) {
  const { errors, isSubmitting } = useFormState({ control });
  return (
    <AppModal onClose={onClose} title={title} size={size}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="sm">
          {intro && (
            <Text size="sm" c="dimmed">
              {intro}
            </Text>
          )}
          {errors.root?.server && (
            <Alert color="red" variant="light" role="alert">
              {errors.root.server.message}
            </Alert>
          )}
          {children}
          <DialogActions onCancel={onClose} submitLabel={submitLabel} submitting={isSubmitting} />
        </Stack>
      </form>
    </AppModal>
  );
}

type DialogActionsProps = { onCancel: () => void; submitLabel?: string; submitting: boolean };

/** Cancel, and the form's submit button, which shows that it is working until the API answers. */
export function DialogActions({ onCancel, submitLabel, submitting }: DialogActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm" mt="xs">
      <Button variant="default" onClick={onCancel}>
        {t('state.cancel')}
      </Button>
      <Button type="submit" loading={submitting}>
        {submitLabel ?? t('state.save')}
      </Button>
    </Group>
  );
}
