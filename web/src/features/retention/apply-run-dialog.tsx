import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { AppModal } from '../../lib/app-modal';
import { describeError } from '../../lib/graphql-errors';
import { usePasswordCheck } from '../auth/use-password-check';
import { useRetentionT } from './retention.i18n';

type Props = { onClose: () => void; onApply: () => Promise<unknown> };

/** Applying deletes for good: the partner confirms with their password (the API asks for a fresh check). */
export default function ApplyRunDialog({ onClose, onApply }: Props) {
  const { t } = useRetentionT();
  const { withPassword } = usePasswordCheck();
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function apply() {
    setPasswordError(null);
    setError(null);
    if (!password) {
      setPasswordError(t('state.required', { ns: 'common' }));
      return;
    }
    setBusy(true);
    try {
      await withPassword(password, onApply);
      onClose();
    } catch (failure) {
      const problem = describeError(failure);
      if (problem.code === 'BAD_USER_INPUT' && problem.field === 'password') setPasswordError(t('run.passwordWrong'));
      else setError(problem.code === 'CONFLICT' ? t('run.conflict') : problem.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AppModal onClose={busy ? () => undefined : onClose} title={t('run.applyTitle')} size="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void apply();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('run.applyText')}</Text>
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          <PasswordInput
            label={t('run.password')}
            autoComplete="current-password"
            required
            data-autofocus
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            visibilityToggleButtonProps={{ 'aria-label': t('run.showPassword') }}
            // Mantine marks only the wrapper of a password field as invalid.
            aria-invalid={passwordError ? true : undefined}
            error={passwordError}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('state.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" color="red.9" loading={busy}>
              {t('run.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
