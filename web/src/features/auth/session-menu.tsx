import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LogoutButton } from './logout-button';
import { useSessionUser } from './use-session-user';

/** Who is signed in, and the way out. */
export function SessionMenu() {
  const user = useSessionUser();
  const { t } = useTranslation();
  if (!user) return null;
  return (
    <Group gap="md" wrap="nowrap">
      {/* On a phone the header only has room for the way out. */}
      <Box visibleFrom="sm">
        <Text size="sm" fw={500} lh={1.2}>
          {user.fullName}
        </Text>
        <Text size="xs" c="dimmed" lh={1.2}>
          {user.title ?? t(`role.${user.role}`)}
        </Text>
      </Box>
      <LogoutButton />
    </Group>
  );
}
