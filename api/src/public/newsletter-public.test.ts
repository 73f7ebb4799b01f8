import { schema } from '@pvr/db';
import { desc, eq } from '@pvr/db/orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { signLink } from './signed-links.ts';

const bounceSecret = 'bounce-secret-for-tests-0123456789';

describe('public newsletter endpoints', () => {
  let server: TestServer;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const subscriberByEmail = async (email: string) => (await server.db.select().from(schema.subscribers).where(eq(schema.subscribers.email, email)))[0];
  const mailsTo = (email: string) =>
    server.db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.toAddress, email)).orderBy(desc(schema.emailOutbox.createdAt));
  const eventsOf = (subscriberId: string) => server.db.select().from(schema.consentEvents).where(eq(schema.consentEvents.subscriberId, subscriberId));
  /** The path and query of the first link in a mail that points at `path`. */
  const linkIn = (text: string, path: string) => {
    const match = new RegExp(`https?://[^\\s]+(${path.replaceAll('/', '\\/')}\\?token=[^\\s]+)`).exec(text);
    if (!match?.[1]) throw new Error(`no ${path} link in the mail`);
    return match[1];
  };
  const subscribe = async (email: string) => {
    const response = await post('/public/newsletter/subscribe', { email });
    expect(response.status).toBe(202);
    return response.json();
  };

  beforeAll(async () => {
    server = await startTestServer({ BOUNCE_WEBHOOK_SECRET: bounceSecret });
  });
  afterAll(() => server?.close());

  it('double opt-in: pending with a confirmation mail, active with a web-form consent after the link', async () => {
    const answer = await subscribe(' Dobbel.Optin@Example.TEST ');
    const pending = await subscriberByEmail('dobbel.optin@example.test');
    expect(pending).toMatchObject({ status: 'pending', source: 'web_form', confirmedAt: null });
    expect(await eventsOf(pending!.id)).toHaveLength(0);
    const [mail] = await mailsTo('dobbel.optin@example.test');
    expect(mail).toMatchObject({ kind: 'newsletter_confirmation', sentAt: null });
    expect(mail?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail?.headers['List-Unsubscribe']).toMatch(/^<http:\/\/127\.0\.0\.1:4000\/public\/newsletter\/unsubscribe\?token=.+>$/);

    const confirm = await fetch(`${server.url}${linkIn(mail!.textBody, '/public/newsletter/confirm')}`);
    expect(confirm.status).toBe(200);
    expect(confirm.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await confirm.text()).toContain('Takk! Abonnementet er bekreftet.');
    const active = await subscriberByEmail('dobbel.optin@example.test');
    expect(active?.status).toBe('active');
    expect(active?.confirmedAt).toBeInstanceOf(Date);
    const events = await eventsOf(active!.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subjectType: 'subscriber',
      purpose: 'newsletter',
      action: 'granted',
      method: 'web_form',
      evidenceForm: 'website-newsletter-signup',
      evidenceStatementVersion: '2021-10-29',
      evidenceIpAnonymised: '127.0.0.0',
      recordedBy: null,
    });

    // Clicking again changes nothing.
    expect((await fetch(`${server.url}${linkIn(mail!.textBody, '/public/newsletter/confirm')}`)).status).toBe(200);
    expect(await eventsOf(active!.id)).toHaveLength(1);

    // The same answer for an active address, without a new row or mail.
    expect(await subscribe('dobbel.optin@example.test')).toEqual(answer);
    expect(await mailsTo('dobbel.optin@example.test')).toHaveLength(1);
    expect(await server.db.$count(schema.subscribers, eq(schema.subscribers.email, 'dobbel.optin@example.test'))).toBe(1);

    const audit = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, active!.id)).orderBy(schema.auditLog.seq);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['subscriber.subscribe', null], ['subscriber.confirm', null]]);
    expect(JSON.stringify(audit)).not.toContain('dobbel');
  });

  it('sends a pending address its confirmation again', async () => {
    const first = await subscribe('igjen@example.test');
    expect(await subscribe('igjen@example.test')).toEqual(first);
    expect(await mailsTo('igjen@example.test')).toHaveLength(2);
    expect((await subscriberByEmail('igjen@example.test'))?.status).toBe('pending');
  });

  it('refuses a malformed address with 400 naming the field', async () => {
    const response = await post('/public/newsletter/subscribe', { email: 'ikke-en-adresse' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const empty = await fetch(`${server.url}/public/newsletter/subscribe`, { method: 'POST' });
    expect(empty.status).toBe(400);
  });

  it('refuses tampered, wrong-purpose and expired confirmation links without a change', async () => {
    await subscribe('lenker@example.test');
    const subscriber = (await subscriberByEmail('lenker@example.test'))!;
    const key = server.config.secretKey;
    const good = signLink(key, { purpose: 'newsletter-confirm', subjectId: subscriber.id, expiresAt: new Date(Date.now() + 60_000) });
    const tampered = `${good.slice(0, -2)}${good.endsWith('AA') ? 'BB' : 'AA'}`;
    const unsubscribeToken = signLink(key, { purpose: 'newsletter-unsubscribe', subjectId: subscriber.id, expiresAt: null });
    const expired = signLink(key, { purpose: 'newsletter-confirm', subjectId: subscriber.id, expiresAt: new Date(Date.now() - 1000) });
    for (const [token, status] of [[tampered, 400], [unsubscribeToken, 400], ['garbage', 400], [expired, 410]] as const) {
      const response = await fetch(`${server.url}/public/newsletter/confirm?token=${encodeURIComponent(token)}`);
      expect(response.status).toBe(status);
      expect(await response.text()).toContain('Lenken er ugyldig eller utløpt');
    }
    expect((await subscriberByEmail('lenker@example.test'))?.status).toBe('pending');
    expect(await eventsOf(subscriber.id)).toHaveLength(0);
  });

  it('unsubscribe: GET shows one button and keeps the address; POST deletes it and its consent events', async () => {
    await subscribe('avmeld@example.test');
    const [mail] = await mailsTo('avmeld@example.test');
    await fetch(`${server.url}${linkIn(mail!.textBody, '/public/newsletter/confirm')}`);
    const subscriber = (await subscriberByEmail('avmeld@example.test'))!;
    expect(await eventsOf(subscriber.id)).toHaveLength(1);
    const link = linkIn(mail!.textBody, '/public/newsletter/unsubscribe');

    const page = await fetch(`${server.url}${link}`);
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('<form method="post"');
    expect(body).toContain('Meld meg av');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await subscriberByEmail('avmeld@example.test')).toBeDefined();

    // As a mail client does it (RFC 8058): a form POST with no cookie.
    const oneClick = await fetch(`${server.url}${link}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('Du er meldt av');
    expect(await subscriberByEmail('avmeld@example.test')).toBeUndefined();
    expect(await eventsOf(subscriber.id)).toHaveLength(0);
    const audit = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, subscriber.id)).orderBy(schema.auditLog.seq);
    expect(audit.at(-1)).toMatchObject({ action: 'subscriber.remove', details: { reason: 'unsubscribed', consentEvents: 1 } });
    expect(JSON.stringify(audit)).not.toContain('avmeld');

    // Again, and as multipart: the same answer.
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    expect((await fetch(`${server.url}${link}`, { method: 'POST', body: form })).status).toBe(200);
    // A tampered link deletes nothing.
    await subscribe('blir.staaende@example.test');
    const other = (await subscriberByEmail('blir.staaende@example.test'))!;
    const forged = link.replace(subscriber.id, other.id);
    expect((await fetch(`${server.url}${forged}`, { method: 'POST' })).status).toBe(400);
    expect(await subscriberByEmail('blir.staaende@example.test')).toBeDefined();
  });

  it('bounces: 401 without the shared secret; a hard bounce deletes, a soft one is only counted', async () => {
    await subscribe('sprett@example.test');
    await subscribe('myk@example.test');
    for (const authorization of [undefined, 'Bearer wrong-secret-0123456789', bounceSecret]) {
      const response = await post('/public/newsletter/bounces', { email: 'sprett@example.test', kind: 'hard' }, authorization ? { authorization } : {});
      expect(response.status).toBe(401);
    }
    expect(await subscriberByEmail('sprett@example.test')).toBeDefined();

    const auth = { authorization: `Bearer ${bounceSecret}` };
    const response = await post(
      '/public/newsletter/bounces',
      [
        { email: 'Sprett@example.test', kind: 'hard' },
        { email: 'myk@example.test', kind: 'soft' },
        { email: 'ukjent@example.test', kind: 'hard' },
      ],
      auth,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: 3, hard: 2, removed: 1, softIgnored: 1 });
    expect(await subscriberByEmail('sprett@example.test')).toBeUndefined();
    expect(await subscriberByEmail('myk@example.test')).toBeDefined();

    const single = await post('/public/newsletter/bounces', { email: 'myk@example.test', kind: 'bad' }, auth);
    expect(single.status).toBe(400);
  });
});
