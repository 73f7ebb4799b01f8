import { schema } from '@pvr/db';
import type { FastifyInstance } from 'fastify';
import { writeAudit } from '../audit/audit.ts';
import type { RequestContext } from '../context.ts';
import type { RouteContextFactory } from '../http/routes.ts';
import { parseInput } from '../validation.ts';
import { contactInput } from './public-inputs.ts';
import { publicRateLimits } from './rate-limits.ts';

const { contactInquiries } = schema;

/** Stores a contact-form message, used only to answer it (§ Kontaktinformasjon), with the anonymised IP. */
export async function receiveContactInquiry(ctx: RequestContext, rawInput: unknown): Promise<string> {
  const input = parseInput(contactInput, rawInput);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contactInquiries)
      .values({ name: input.name, email: input.email, phone: input.phone, message: input.message, ipAnonymised: ctx.ipAnonymised })
      .returning({ id: contactInquiries.id });
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, ctx, {
      action: 'inquiry.receive',
      entityType: 'contact_inquiry',
      entityId: row.id,
      subject: { type: 'contact_inquiry', id: row.id },
      details: { withPhone: input.phone !== null },
    });
    return row.id;
  });
}

export function registerContactRoutes(app: FastifyInstance, contextFor: RouteContextFactory): void {
  app.post('/public/contact', { config: { rateLimit: publicRateLimits.contact } }, async (request, reply) => {
    await receiveContactInquiry(await contextFor(request, reply), request.body ?? {});
    return reply.code(202).send({ status: 'received', message: 'Takk for henvendelsen. Vi svarer så snart vi kan.' });
  });
}
