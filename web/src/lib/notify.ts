import { notifications } from '@mantine/notifications';
import { i18next } from './i18n';

/** A short confirmation after a change; its close button named for screen readers. */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': i18next.t('state.close') } });
}
