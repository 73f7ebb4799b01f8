import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext } from '../context.ts';
import { eraseSubject } from '../features/subject-data/erasure.ts';
import { exportSubject } from '../features/subject-data/export.ts';
import type { RouteContextFactory } from '../http/routes.ts';
import { parseInput } from '../validation.ts';
import { html, sendInvalidLinkPage, sendPage } from './html.ts';
import { selfServiceFormInput } from './public-inputs.ts';
import { publicRateLimits } from './rate-limits.ts';
import { checkSelfServiceToken, loadSelfServiceView, requestSelfServiceLink } from './self-service.ts';
import { confirmErasurePage, erasedPage, selfServicePage } from './self-service-page.ts';

const pageLimit = { config: { rateLimit: publicRateLimits.selfServicePage } };

/** "Min konto": the emailed link, the page it opens, and its download and erase forms. */
export function registerSelfServiceRoutes(app: FastifyInstance, contextFor: RouteContextFactory): void {
  app.post('/public/my-account/link', { config: { rateLimit: publicRateLimits.selfServiceLink } }, async (request, reply) => {
    await requestSelfServiceLink(await contextFor(request, reply), request.body ?? {});
    return reply.code(202).send({ status: 'check_your_inbox', message: 'Finnes adressen hos oss, får du en e-post med en lenke til Min konto.' });
  });

  app.get('/min-konto', pageLimit, async (request, reply) => {
    const ctx = await contextFor(request, reply);
    const token = (request.query as { token?: unknown } | undefined)?.token;
    const access = await validAccess(ctx, reply, token);
    if (!access) return reply;
    const view = await loadSelfServiceView(ctx, access);
    if (!view) return sendInvalidLinkPage(reply, 410);
    return sendPage(reply, 200, 'Min konto', selfServicePage(view, access.token));
  });

  app.post('/min-konto/download', pageLimit, async (request, reply) => {
    const ctx = await contextFor(request, reply);
    if (!sameOrigin(request, ctx.config.publicBaseUrl)) return refuseCrossSite(reply);
    const access = await validAccess(ctx, reply, formToken(request));
    if (!access) return reply;
    const data = await exportSubject(ctx, { candidateId: access.candidateId });
    return reply
      .header('Content-Type', 'application/json; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="mine-data.json"')
      .header('Cache-Control', 'no-store')
      .header('X-Content-Type-Options', 'nosniff')
      .send(JSON.stringify(data, null, 2));
  });

  app.post('/min-konto/erase', pageLimit, async (request, reply) => {
    const ctx = await contextFor(request, reply);
    if (!sameOrigin(request, ctx.config.publicBaseUrl)) return refuseCrossSite(reply);
    const access = await validAccess(ctx, reply, formToken(request));
    if (!access) return reply;
    const confirmed = (request.body as { confirm?: unknown } | undefined)?.confirm === 'ja';
    if (!confirmed) return sendPage(reply, 200, 'Slette alle dine data?', confirmErasurePage(access.token));
    // The person erases themselves; erasure deletes this link's token with everything else.
    await eraseSubject(ctx, { candidateId: access.candidateId }, { reason: 'self_service' });
    return sendPage(reply, 200, 'Dine data er slettet', erasedPage());
  });
}

/** A valid token, or the "invalid or expired" page already sent (400 for malformed/unknown, 410 for expired/used). */
async function validAccess(ctx: RequestContext, reply: FastifyReply, token: unknown) {
  const check = await checkSelfServiceToken(ctx.db, token);
  if (check.status === 'valid') return { ...check, token: token as string };
  sendInvalidLinkPage(reply, check.status === 'expired' || check.status === 'used' ? 410 : 400);
  return null;
}

function formToken(request: FastifyRequest): unknown {
  try {
    return parseInput(selfServiceFormInput, request.body ?? {}).token;
  } catch {
    return null;
  }
}

/**
 * The token in the form is the real secret (no cookies are involved); a browser that says
 * the form came from another site is refused as well.
 */
function sameOrigin(request: FastifyRequest, publicBaseUrl: string): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (origin === new URL(publicBaseUrl).origin) return true;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}

function refuseCrossSite(reply: FastifyReply): FastifyReply {
  return sendPage(reply, 403, 'Forespørselen ble avvist', html`<p>Skjemaet ble sendt fra en annen nettside. Åpne lenken fra e-posten på nytt.</p>`);
}
