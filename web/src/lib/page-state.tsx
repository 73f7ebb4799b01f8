import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';

/** Shown while a route's code or first data loads. */
export function PageLoader({ label = 'Laster …' }: { label?: string }) {
  return (
    <Center mih={200} role="status">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}

type PageErrorProps = { title: string; message: string; onRetry?: () => void; retryLabel?: string };

export function PageError({ title, message, onRetry, retryLabel = 'Prøv igjen' }: PageErrorProps) {
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button variant="default" size="xs" onClick={onRetry}>
            {retryLabel}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
