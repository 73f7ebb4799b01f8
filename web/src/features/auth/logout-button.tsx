import { useMutation } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { LogoutMutation } from './auth.operations';
import { leaveSession } from './leave-session';

export function LogoutButton() {
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
        <Text size="sm" c="red.8" role="alert">
          Kunne ikke logge ut. Prøv igjen.
        </Text>
      )}
      <Button variant="default" size="xs" loading={loading} onClick={() => void endSession()}>
        Logg ut
      </Button>
    </Group>
  );
}
