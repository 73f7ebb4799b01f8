import type { Messages } from '../../../lib/i18n';
import type { outboxNb } from './nb';

export const outboxEn: Messages<typeof outboxNb> = {
  title: 'Outbox',
  intro: 'Email the system has queued. Without a mail server (demo) it stays here.',
  kind: {
    newsletter_confirmation: 'Newsletter confirmation',
    self_service_link: '“My account” link',
    retention_warning: 'Deletion notice',
    request_receipt: 'Request receipt',
    other: 'Other',
  },
  columns: { kind: 'Kind', to: 'To', subject: 'Subject', created: 'Queued', sent: 'Sent', attempts: 'Attempts' },
  unsent: 'Not sent',
  failed: 'Failed (code {{code}})',
  showText: 'Show the text',
  loadFailed: 'Could not load the outbox',
  empty: 'The outbox is empty.',
  count_one: '{{count}} email',
  count_other: '{{count}} emails',
};
