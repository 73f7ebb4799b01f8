import { Center, Loader, Stack, Text } from '@mantine/core';
import { i18next } from './i18n';


/** Shown while a route's code or first data loads. */
export function PageLoader({ label }: { label?: string }) {
  return (
    <Center mih={200} role="status">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text size="sm" c="dimmed">
          {label ?? i18next.t('state.loading')}
        </Text>
      </Stack>
    </Center>
  );
}
