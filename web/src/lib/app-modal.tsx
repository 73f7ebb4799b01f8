import { Modal, type ModalProps } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's Modal with a named close button (its × has no text of its own), and Escape that
 * closes it even before focus has moved inside (Mantine listens on the dialog itself, and a
 * dialog opened with a keyboard shortcut may still have focus on the page behind it).
 */
export function AppModal(props: Omit<ModalProps, 'opened'> & { opened?: boolean }) {
  const { t } = useTranslation();
  const { onClose, opened = true } = props;
  useWindowEvent('keydown', (event) => {
    if (!opened || event.key !== 'Escape' || event.defaultPrevented) return;
    // Inside the dialog Mantine handles it (and lets an open dropdown take it first).
    if (event.target instanceof Element && event.target.closest('[data-modal-content], [data-mantine-stop-propagation]')) return;
    onClose();
  });
  return <Modal opened={opened} {...props} closeButtonProps={{ 'aria-label': t('state.close'), ...props.closeButtonProps }} />;
}
