import type { Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import type { outboxKinds } from '@pvr/db/values';

export type OutgoingEmail = {
  kind: (typeof outboxKinds)[number];
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  headers?: Record<string, string>;
};

/**
 * Queues an email in the same transaction as the work that causes it, so a rolled-back
 * change never sends mail. A sender delivers it over SMTP when configured; otherwise it stays
 * in the outbox for the dashboard (demo and development).
 */
export async function enqueueEmail(tx: Transaction, email: OutgoingEmail): Promise<string> {
  const [row] = await tx
    .insert(schema.emailOutbox)
    .values({
      kind: email.kind,
      toAddress: email.to.trim().toLowerCase(),
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html ?? null,
      headers: email.headers ?? {},
    })
    .returning({ id: schema.emailOutbox.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}
