import { Alert, Button, Stack, Text } from '@mantine/core';
import { i18next } from './i18n';

/** A page's data could not be loaded: say why, and offer to try again. */
type PageErrorProps = { title: string; message: string; onRetry?: () => void; retryLabel?: string };

export function PageError({ title, message, onRetry, retryLabel }: PageErrorProps) {
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button variant="default" size="xs" onClick={onRetry}>
            {retryLabel ?? i18next.t('state.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
