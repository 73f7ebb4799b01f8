import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteContextFactory } from '../../http/routes.ts';
import { safeFileName } from '../candidates/documents.ts';
import { readAgreementDocument } from './agreements.service.ts';

/** Agreement document download: a plain authenticated GET, so the browser can save the file. */
export function registerAgreementRoutes(app: FastifyInstance, contextFor: RouteContextFactory): void {
  app.get('/files/agreement-documents/:id', async (request, reply) => {
    const params = z.object({ id: z.uuid() }).safeParse(request.params);
    if (!params.success) return reply.code(404).send({ error: 'Not found' });
    const ctx = await contextFor(request, reply);
    const doc = await readAgreementDocument(ctx, params.data.id);
    return reply
      .header('Content-Type', doc.contentType)
      .header('Content-Disposition', `attachment; filename="${safeFileName(doc.name)}"`)
      .header('Cache-Control', 'no-store')
      .header('X-Content-Type-Options', 'nosniff')
      .send(Buffer.from(doc.content));
  });
}
