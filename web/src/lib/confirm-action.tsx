import { Alert, Button, Group, Stack, Text, type ButtonProps } from '@mantine/core';
import { AppModal } from './app-modal';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './graphql-errors';

type ConfirmActionProps = {
  /** The button that asks first. */
  label: ReactNode;
  buttonProps?: ButtonProps & { 'aria-label'?: string };
  title: string;
  text: ReactNode;
  confirmLabel: string;
  /** Red for what cannot be undone or takes something away. */
  danger?: boolean;
  onConfirm: () => Promise<unknown>;
};

/** A destructive or weighty action behind a confirmation; the dialog stays open with the reason if it fails. */
export function ConfirmAction({ label, buttonProps, title, text, confirmLabel, danger, onConfirm }: ConfirmActionProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setOpened(false);
    } catch (failure) {
      setError(describeError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="default" color={danger ? 'red' : undefined} {...buttonProps} onClick={() => setOpened(true)}>
        {label}
      </Button>
      <AppModal opened={opened} onClose={() => setOpened(false)} title={title} size="md">
        <Stack gap="md">
          <Text size="sm">{text}</Text>
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpened(false)} data-autofocus>
              {t('state.cancel')}
            </Button>
            <Button color={danger ? 'red.9' : undefined} loading={busy} onClick={() => void confirm()}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
