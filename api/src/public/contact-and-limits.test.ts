import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { publicRateLimits } from './rate-limits.ts';

describe('contact form and rate limits', () => {
  let server: TestServer;
  const post = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('stores a contact inquiry with the anonymised IP and answers 202', async () => {
    const response = await post('/public/contact', { name: ' Kari Kontakt ', email: 'Kari@Example.TEST', phone: '912 34 567', message: 'Kan dere ringe meg?' });
    expect(response.status).toBe(202);
    const [row] = await server.db.select().from(schema.contactInquiries).where(eq(schema.contactInquiries.email, 'kari@example.test'));
    expect(row).toMatchObject({ name: 'Kari Kontakt', phone: '+4791234567', message: 'Kan dere ringe meg?', ipAnonymised: '127.0.0.0', answeredAt: null });
    const [audit] = await server.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, row!.id));
    expect(audit).toMatchObject({ action: 'inquiry.receive', actorId: null, ipAnonymised: '127.0.0.0' });
    expect(JSON.stringify(audit)).not.toMatch(/kari|ringe|91234567/i);
  });

  it('answers 400 with the field name on bad input', async () => {
    const cases: [unknown, string][] = [
      [{ name: 'A', email: 'a@example.test', message: '' }, 'message'],
      [{ name: 'A', email: 'nope', message: 'Hei' }, 'email'],
      [{ name: 'A', email: 'a@example.test', phone: '12', message: 'Hei' }, 'phone'],
    ];
    for (const [body, field] of cases) {
      const response = await post('/public/contact', body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('answers 429 with Retry-After once a network has used up a route, per route', async () => {
    // The contact route allows `max` per window; the tests above used 4 of them.
    const { max } = publicRateLimits.contact;
    let limited: Response | undefined;
    for (let i = 0; i < max + 1 && !limited; i += 1) {
      const response = await post('/public/contact', { name: 'Mange', email: 'mange@example.test', message: `Melding ${i}` });
      if (response.status === 429) limited = response;
      else expect(response.status).toBe(202);
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited?.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    const stored = await server.db.$count(schema.contactInquiries);
    expect(stored).toBe(max - 3); // 1 stored and 3 refused above, 1 more stored here, then the limit
    // Other routes keep their own count.
    expect((await post('/public/newsletter/subscribe', { email: 'egen.teller@example.test' })).status).toBe(202);
  });
});
