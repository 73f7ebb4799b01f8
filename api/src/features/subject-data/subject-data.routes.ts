import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteContextFactory } from '../../http/routes.ts';
import { subjectExportKinds } from './subject-data.inputs.ts';
import { downloadSubjectExport } from './subject-data.service.ts';

/**
 * The access/portability export as a file: `access` defaults to the printable page (HTML),
 * `portability` to JSON; `format=json|html` chooses. Never cached, always an attachment.
 */
export function registerSubjectDataRoutes(app: FastifyInstance, contextFor: RouteContextFactory): void {
  app.get('/files/subject-export/:kind', async (request, reply) => {
    const params = z.object({ kind: z.enum(subjectExportKinds) }).safeParse(request.params);
    if (!params.success) return reply.code(404).send({ error: 'Not found' });
    const ctx = await contextFor(request, reply);
    const file = await downloadSubjectExport(ctx, params.data.kind, request.query);
    return reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
      .header('Cache-Control', 'no-store')
      .header('X-Content-Type-Options', 'nosniff')
      // Opened in a browser anyway, the page may use its own inline styles and nothing else.
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
      .send(file.body);
  });
}
