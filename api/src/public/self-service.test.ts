import { schema } from '@pvr/db';
import { desc, eq, sql } from '@pvr/db/orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.ts';

describe('"Min konto" self-service', () => {
  let server: TestServer;
  const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });
  const requestLink = (email: string) =>
    fetch(`${server.url}/public/my-account/link`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
  const addCandidate = async (email: string, fullName = 'Siri Selvbetjening') => {
    const [row] = await server.db.insert(schema.candidates).values({ fullName, email, phone: '+4791234567', source: 'self_registered', skills: ['TypeScript'] }).returning();
    return row!;
  };
  /** Asks for a link and returns the token from the queued mail. */
  const linkFor = async (email: string) => {
    expect((await requestLink(email)).status).toBe(202);
    const [mail] = await server.db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.toAddress, email)).orderBy(desc(schema.emailOutbox.createdAt)).limit(1);
    expect(mail?.kind).toBe('self_service_link');
    const token = /\/min-konto\?token=([A-Za-z0-9_-]{43})\b/.exec(mail!.textBody)?.[1];
    if (!token) throw new Error('no link in the mail');
    return token;
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('answers a known and an unknown address identically, and only the known one gets a link', async () => {
    const candidate = await addCandidate('kjent@example.test');
    const known = await requestLink('kjent@example.test');
    const unknown = await requestLink('ukjent@example.test');
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(await known.text());
    const tokens = await server.db.select().from(schema.selfServiceTokens);
    expect(tokens.map((t) => t.candidateId)).toEqual([candidate.id]);
    expect(tokens[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const minutes = (tokens[0]!.expiresAt.getTime() - tokens[0]!.createdAt.getTime()) / 60_000;
    expect(minutes).toBeCloseTo(60, 0);
    expect(await server.db.$count(schema.emailOutbox, eq(schema.emailOutbox.toAddress, 'ukjent@example.test'))).toBe(0);
    // The token itself is stored nowhere but in the mail.
    const [mail] = await server.db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.toAddress, 'kjent@example.test'));
    const token = /token=([A-Za-z0-9_-]{43})/.exec(mail!.textBody)![1]!;
    expect(JSON.stringify(tokens)).not.toContain(token);
  });

  it('shows the candidate their data, escaped, with download and erase forms', async () => {
    await addCandidate('vis@example.test', '<script>alert(1)</script> Vis');
    const token = await linkFor('vis@example.test');
    const page = await fetch(`${server.url}/min-konto?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    const body = await page.text();
    expect(body).toContain('<html lang="nb">');
    expect(body).toContain('vis@example.test');
    expect(body).toContain('+4791234567');
    expect(body).toContain('&#60;script&#62;alert(1)&#60;/script&#62; Vis');
    expect(body).not.toContain('<script>');
    expect(body).toContain('action="/min-konto/download"');
    expect(body).toContain('Slett alle mine data');
    const [audit] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'selfService.view'));
    expect(audit?.actorId).toBeNull();
    expect(JSON.stringify(audit)).not.toContain('vis@example');
  });

  it('refuses expired, tampered and malformed links with the same page and no data', async () => {
    await addCandidate('utlopt@example.test');
    const token = await linkFor('utlopt@example.test');
    await server.db.execute(sql`update self_service_tokens set created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour'`);
    const expired = await fetch(`${server.url}/min-konto?token=${token}`);
    expect(expired.status).toBe(410);
    const body = await expired.text();
    expect(body).toContain('Lenken er ugyldig eller utløpt');
    expect(body).not.toContain('utlopt@example.test');
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [tampered, 'short', '']) {
      const response = await fetch(`${server.url}/min-konto?token=${bad}`);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('Lenken er ugyldig eller utløpt');
    }
    expect((await form('/min-konto/download', { token })).status).toBe(410);
  });

  it('downloads the data as JSON, and erases everything after a confirmation step', async () => {
    const candidate = await addCandidate('slett@example.test');
    const token = await linkFor('slett@example.test');

    const download = await form('/min-konto/download', { token }, { origin: server.url });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('attachment');
    const data = (await download.json()) as { candidate: { id: string; email: string }[] };
    expect(data.candidate[0]).toMatchObject({ id: candidate.id, email: 'slett@example.test' });

    // A form posted from another site is refused, token or not.
    const crossSite = await form('/min-konto/erase', { token, confirm: 'ja' }, { origin: 'https://angriper.example' });
    expect(crossSite.status).toBe(403);
    expect(await server.db.$count(schema.candidates, eq(schema.candidates.id, candidate.id))).toBe(1);

    const ask = await form('/min-konto/erase', { token });
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain('Ja, slett alt');
    expect(await server.db.$count(schema.candidates, eq(schema.candidates.id, candidate.id))).toBe(1);

    const erased = await form('/min-konto/erase', { token, confirm: 'ja' }, { origin: server.url });
    expect(erased.status).toBe(200);
    expect(await erased.text()).toContain('Dine data er slettet');
    expect(await server.db.$count(schema.candidates, eq(schema.candidates.id, candidate.id))).toBe(0);
    expect(await server.db.$count(schema.selfServiceTokens, eq(schema.selfServiceTokens.candidateId, candidate.id))).toBe(0);
    expect(await server.db.$count(schema.emailOutbox, eq(schema.emailOutbox.toAddress, 'slett@example.test'))).toBe(0);
    const [erasure] = await server.db.select({ details: schema.auditLog.details }).from(schema.auditLog).where(eq(schema.auditLog.action, 'subject.erase'));
    expect(erasure?.details.reason).toBe('self_service');

    // The link is used up.
    const again = await fetch(`${server.url}/min-konto?token=${token}`);
    expect([400, 410]).toContain(again.status);
    expect(await again.text()).toContain('Lenken er ugyldig eller utløpt');
  });
});
