import { useMutation } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { useAuthT } from './auth.i18n';
import { LogoutMutation } from './auth.operations';
import { leaveSession } from './leave-session';

export function LogoutButton() {
  const { t } = useAuthT();
  const [logout, { loading, error }] = useMutation(LogoutMutation);

  async function endSession() {
    try {
      await logout();
    } catch {
      return; // The server session may still be alive: stay, and say so.
    }
    leaveSession();
  }

  return (
    <Group gap="xs" wrap="nowrap">
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {t('logout.failed')}
        </Text>
      )}
      <Button variant="default" size="xs" loading={loading} onClick={() => void endSession()}>
        {t('logout.button')}
      </Button>
    </Group>
  );
}
