import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { createTestDatabase, type TestDatabase } from '@pvr/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test/harness.ts';
import { enqueueEmail, type OutgoingEmail } from './outbox.ts';
import { createMailSender, replyCodeOf } from './sender.ts';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server.ts';

const from = 'Personvernregister <ikke-svar@firma.example>';
const mail = (n: number, extra: Partial<OutgoingEmail> = {}): OutgoingEmail => ({
  kind: 'other',
  to: `mottaker.${n}@example.test`,
  subject: `Melding ${n}`,
  text: `Tekst ${n}`,
  ...extra,
});

describe('mail sender (real SMTP server on 127.0.0.1)', () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  const queue = (...emails: OutgoingEmail[]) => database.db.transaction(async (tx) => Promise.all(emails.map((e) => enqueueEmail(tx, e))));
  const rowOf = async (id: string) => (await database.db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.id, id)))[0]!;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.delete(schema.emailOutbox);
    smtp.received.length = 0;
  });

  it('delivers unsent mail with its headers and marks it sent', async () => {
    const [id] = await queue(
      mail(1, {
        headers: { 'List-Unsubscribe': '<https://firma.example/public/newsletter/unsubscribe?token=abc>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      }),
    );
    const sender = createMailSender(database.db, { smtpUrl: smtp.url, from, intervalMs: 60_000 });
    expect(await sender.sendDue()).toEqual({ sent: 1, failed: 0 });
    await sender.stop();
    const [received] = await smtp.waitFor(1);
    expect(received?.to).toEqual(['mottaker.1@example.test']);
    expect(received?.from).toBe('ikke-svar@firma.example');
    expect(received?.headers.get('subject')).toBe('Melding 1');
    expect(received?.headers.get('list-unsubscribe')).toBe('<https://firma.example/public/newsletter/unsubscribe?token=abc>');
    expect(received?.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const row = await rowOf(id!);
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.attempts).toBe(0);
    // Sent mail is not sent again.
    const again = createMailSender(database.db, { smtpUrl: smtp.url, from, intervalMs: 60_000 });
    expect(await again.sendDue()).toEqual({ sent: 0, failed: 0 });
    await again.stop();
  });

  it('on a refused recipient counts the attempt, keeps only the reply code, and waits before retrying', async () => {
    const refusing = await startTestSmtpServer({ rejectRecipients: true });
    try {
      const [id] = await queue(mail(2));
      const sender = createMailSender(database.db, { smtpUrl: refusing.url, from, intervalMs: 60_000 });
      expect(await sender.sendDue()).toEqual({ sent: 0, failed: 1 });
      let row = await rowOf(id!);
      expect(row).toMatchObject({ attempts: 1, lastErrorCode: '550', sentAt: null });
      expect(JSON.stringify(row)).not.toMatch(/unavailable|Mailbox/);
      // The next try is due 30 s after queueing, so an immediate round leaves it alone.
      expect(await sender.sendDue()).toEqual({ sent: 0, failed: 0 });
      await sender.stop();

      // Without backoff the retries stop at the bound.
      const eager = createMailSender(database.db, { smtpUrl: refusing.url, from, intervalMs: 60_000, backoffBaseSeconds: 0, maxAttempts: 3 });
      for (let i = 0; i < 4; i += 1) await eager.sendDue();
      await eager.stop();
      row = await rowOf(id!);
      expect(row).toMatchObject({ attempts: 3, lastErrorCode: '550', sentAt: null });
    } finally {
      await refusing.close();
    }
  });

  it('never sends one mail twice when two senders run at the same time', async () => {
    await queue(...Array.from({ length: 25 }, (_, i) => mail(100 + i)));
    const a = createMailSender(database.db, { smtpUrl: smtp.url, from, intervalMs: 60_000, batchSize: 4 });
    const b = createMailSender(database.db, { smtpUrl: smtp.url, from, intervalMs: 60_000, batchSize: 4 });
    const [ra, rb] = await Promise.all([a.sendDue(), b.sendDue()]);
    await Promise.all([a.stop(), b.stop()]);
    expect(ra.sent + rb.sent).toBe(25);
    const subjects = smtp.received.map((m) => m.headers.get('subject'));
    expect(subjects).toHaveLength(25);
    expect(new Set(subjects).size).toBe(25);
  });

  it('records a connection failure by its client code, never a message', async () => {
    const [id] = await queue(mail(3));
    const sender = createMailSender(database.db, { smtpUrl: 'smtp://user:pass@127.0.0.1:1', from, intervalMs: 60_000 });
    expect(await sender.sendDue()).toEqual({ sent: 0, failed: 1 });
    await sender.stop();
    expect((await rowOf(id!)).lastErrorCode).toMatch(/^E(SOCKET|CONNECTION)$/);
    expect(replyCodeOf({ responseCode: 452, message: 'x@example.test over quota' })).toBe('452');
    expect(replyCodeOf(new Error('someone@example.test'))).toBe('ERROR');
  });
});

describe('mail sender inside the server', () => {
  it('runs on its timer when SMTP_URL is set and stops when the server closes', async () => {
    const smtp = await startTestSmtpServer();
    const server = await startTestServer({ SMTP_URL: smtp.url, MAIL_FROM: from, MAIL_SEND_INTERVAL_SECONDS: '0.2' });
    try {
      const response = await fetch(`${server.url}/public/newsletter/subscribe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'timer@example.test' }),
      });
      expect(response.status).toBe(202);
      const [received] = await smtp.waitFor(1);
      expect(received?.to).toEqual(['timer@example.test']);
      expect(received?.headers.get('list-unsubscribe')).toMatch(/^<http:\/\/127\.0\.0\.1:4000\/public\/newsletter\/unsubscribe\?token=[^>]+>$/);
      expect(received?.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      await expect.poll(async () => (await server.db.select().from(schema.emailOutbox))[0]?.sentAt ?? null).toBeInstanceOf(Date);
    } finally {
      await server.close();
      await smtp.close();
    }
  });
});
