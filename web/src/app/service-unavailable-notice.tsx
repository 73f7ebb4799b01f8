import { Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isServiceWaiting, subscribeServiceStatus } from './apollo/service-status';

/**
 * While queries wait for the API to come back, the outage message stays on screen, over the
 * login check and every page alike; it goes when they get their answers. In the initial
 * bundle, so plain elements.
 */
export function ServiceUnavailableNotice() {
  const { t } = useTranslation();
  const waiting = useSyncExternalStore(subscribeServiceStatus, isServiceWaiting, () => false);
  if (!waiting) return null;
  return (
    <Text
      role="alert"
      size="sm"
      p="sm"
      style={{
        position: 'fixed',
        insetInline: 0,
        bottom: 'var(--mantine-spacing-md)',
        width: 'fit-content',
        maxWidth: 'calc(100% - 2 * var(--mantine-spacing-md))',
        margin: '0 auto',
        zIndex: 400,
        color: 'var(--mantine-color-black)',
        background: 'var(--mantine-color-yellow-0)',
        border: '1px solid var(--mantine-color-yellow-7)',
        borderRadius: 'var(--mantine-radius-sm)',
        boxShadow: 'var(--mantine-shadow-sm)',
      }}
    >
      {t('errors.SERVICE_UNAVAILABLE')}
    </Text>
  );
}
