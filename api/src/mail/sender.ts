import type { Database } from '@pvr/db';
import { schema } from '@pvr/db';
import { and, asc, eq, isNull, lt, sql } from '@pvr/db/orm';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { createTransport } from 'nodemailer';
import type { Config } from '../config.ts';

const { emailOutbox } = schema;

/**
 * Retry k of a mail is due `backoffBaseSeconds · (2^k − 1)` after it was queued (30 s, 90 s,
 * 3.5 min, … about 2 h for the 8th), computed in the database from created_at and attempts,
 * so every API process agrees without a column of its own. After maxAttempts it stays unsent,
 * with its last reply code, for a partner to see in the outbox.
 */
export const sendPolicy = { batchSize: 10, maxAttempts: 8, backoffBaseSeconds: 30 } as const;

export type MailSenderOptions = {
  smtpUrl: string;
  from: string;
  intervalMs: number;
  logger?: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  batchSize?: number;
  maxAttempts?: number;
  backoffBaseSeconds?: number;
};

export type MailSender = ReturnType<typeof createMailSender>;

/** Delivers unsent outbox rows over SMTP; on a timer once started, or one round at a time. */
export function createMailSender(db: Database, options: MailSenderOptions) {
  const batchSize = options.batchSize ?? sendPolicy.batchSize;
  const maxAttempts = options.maxAttempts ?? sendPolicy.maxAttempts;
  const backoffBase = options.backoffBaseSeconds ?? sendPolicy.backoffBaseSeconds;
  // Short timeouts: the claimed rows stay locked while a batch is sent.
  const transport = createTransport({ url: options.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  const due = and(
    isNull(emailOutbox.sentAt),
    lt(emailOutbox.attempts, maxAttempts),
    sql`${emailOutbox.createdAt} + make_interval(secs => ${backoffBase}::float8 * (power(2, ${emailOutbox.attempts}) - 1)) <= now()`,
  );

  /**
   * One batch: claims due rows with FOR UPDATE SKIP LOCKED, so another process running the
   * same query skips them, and marks each row in the same transaction as it is sent.
   */
  async function sendBatch(): Promise<{ claimed: number; sent: number; failed: number }> {
    return db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(emailOutbox)
        .where(due)
        .orderBy(asc(emailOutbox.createdAt), asc(emailOutbox.id))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      let sent = 0;
      for (const row of rows) {
        try {
          await transport.sendMail({
            from: options.from,
            to: row.toAddress,
            subject: row.subject,
            text: row.textBody,
            ...(row.htmlBody ? { html: row.htmlBody } : {}),
            headers: row.headers,
          });
          await tx.update(emailOutbox).set({ sentAt: new Date() }).where(eq(emailOutbox.id, row.id));
          sent += 1;
        } catch (error) {
          const code = replyCodeOf(error);
          await tx
            .update(emailOutbox)
            .set({ attempts: sql`${emailOutbox.attempts} + 1`, lastErrorCode: code })
            .where(eq(emailOutbox.id, row.id));
          options.logger?.warn({ outboxId: row.id, code, attempt: row.attempts + 1 }, 'mail not delivered');
        }
      }
      return { claimed: rows.length, sent, failed: rows.length - sent };
    });
  }

  /** Sends what is due now, batch after batch, until a batch comes back short. */
  async function sendDue(): Promise<{ sent: number; failed: number }> {
    const total = { sent: 0, failed: 0 };
    while (!stopped) {
      const batch = await sendBatch();
      total.sent += batch.sent;
      total.failed += batch.failed;
      if (batch.claimed < batchSize) break;
    }
    return total;
  }

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  const tick = async () => {
    running = sendDue().catch((error: unknown) => options.logger?.error({ errorName: (error as Error).name }, 'mail sender round failed'));
    await running;
    running = undefined;
    if (!stopped) timer = setTimeout(() => void tick(), options.intervalMs);
  };

  return {
    sendDue,
    start(): void {
      stopped = false;
      timer = setTimeout(() => void tick(), 0);
    },
    /** Stops the timer, waits for a round in progress, closes the SMTP connection. */
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}

/** The SMTP reply code only (e.g. "550"), or the client's error code when there was no reply; never text. */
export function replyCodeOf(error: unknown): string {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number' && responseCode >= 200 && responseCode < 600) return String(responseCode);
  if (typeof code === 'string' && /^E[A-Z]{2,20}$/.test(code)) return code;
  return 'ERROR';
}

/** With SMTP_URL set, the server sends the outbox on a timer, and stops before it closes. */
export function registerMailSender(app: FastifyInstance, db: Database, config: Config): void {
  if (!config.mail.smtpUrl) return;
  const sender = createMailSender(db, { smtpUrl: config.mail.smtpUrl, from: config.mail.from, intervalMs: config.mail.sendIntervalMs, logger: app.log });
  app.addHook('onReady', async () => sender.start());
  app.addHook('onClose', async () => sender.stop());
}
