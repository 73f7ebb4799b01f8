import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RouteContextFactory } from '../http/routes.ts';
import { html, sendInvalidLinkPage, sendPage } from './html.ts';
import { confirmSubscription, recordBounces, subscribeFromWebsite, unsubscribe, unsubscribeLinkIsValid } from './newsletter-public.ts';
import { publicRateLimits } from './rate-limits.ts';

const tokenOf = (request: FastifyRequest): unknown => (request.query as { token?: unknown } | undefined)?.token;

/** /public/newsletter/…: subscribe, confirm, unsubscribe (one click) and bounce intake. */
export function registerNewsletterRoutes(app: FastifyInstance, contextFor: RouteContextFactory): void {
  app.post('/public/newsletter/subscribe', { config: { rateLimit: publicRateLimits.subscribe } }, async (request, reply) => {
    await subscribeFromWebsite(await contextFor(request, reply), request.body ?? {});
    return reply.code(202).send({ status: 'check_your_inbox', message: 'Sjekk e-posten din og bekreft abonnementet.' });
  });

  app.get('/public/newsletter/confirm', { config: { rateLimit: publicRateLimits.confirm } }, async (request, reply) => {
    const outcome = await confirmSubscription(await contextFor(request, reply), tokenOf(request));
    if (outcome === 'invalid') return sendInvalidLinkPage(reply, 400);
    if (outcome === 'gone') return sendInvalidLinkPage(reply, 410);
    return sendPage(reply, 200, 'Takk! Abonnementet er bekreftet.', html`<p>Du får nyhetsbrevet vårt én gang i kvartalet.</p>
<p class="note">Du kan melde deg av når som helst med lenken nederst i hvert nyhetsbrev.</p>`);
  });

  // GET shows one button and changes nothing: link scanners in mail systems open links.
  app.get('/public/newsletter/unsubscribe', { config: { rateLimit: publicRateLimits.unsubscribe } }, async (request, reply) => {
    const token = tokenOf(request);
    if (!unsubscribeLinkIsValid(await contextFor(request, reply), token)) return sendInvalidLinkPage(reply, 400);
    const action = `/public/newsletter/unsubscribe?token=${encodeURIComponent(String(token))}`;
    return sendPage(reply, 200, 'Meld deg av nyhetsbrevet', html`<p>Trykk på knappen for å melde deg av. E-postadressen din slettes da fra listen med en gang.</p>
<form method="post" action="${action}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Meld meg av</button></form>`);
  });

  // RFC 8058 one-click: no cookies, no confirmation step; the signed token is the authority.
  app.post('/public/newsletter/unsubscribe', { config: { rateLimit: publicRateLimits.unsubscribe } }, async (request, reply) => {
    const result = await unsubscribe(await contextFor(request, reply), tokenOf(request));
    if (!result) return sendInvalidLinkPage(reply, 400);
    return sendPage(reply, 200, 'Du er meldt av', html`<p>E-postadressen din er slettet fra listen for nyhetsbrevet, sammen med samtykket du ga.</p>`);
  });

  app.post('/public/newsletter/bounces', { config: { rateLimit: publicRateLimits.bounces } }, async (request, reply) => {
    const ctx = await contextFor(request, reply);
    if (!secretMatches(ctx.config.bounceWebhookSecret, request.headers.authorization)) {
      return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'Unknown or missing webhook secret', code: 'UNAUTHENTICATED' });
    }
    return reply.send(await recordBounces(ctx, request.body ?? {}));
  });
}

/** `Authorization: Bearer <secret>`, compared in constant time (digests of equal length). */
function secretMatches(secret: string | undefined, header: string | undefined): boolean {
  if (!secret || !header?.startsWith('Bearer ')) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(secret));
}
