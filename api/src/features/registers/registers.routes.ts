import type { FastifyInstance } from 'fastify';
import type { RouteContextFactory } from '../../http/routes.ts';
import { exportProcessingRecord } from './registers-export.ts';
import { loadStatementLists, statementListsPage } from './statement-lists.ts';

/**
 * The Art. 30 record as a download (CSV) and a printable page (HTML), for signed-in partners
 * and auditors; and the privacy statement's generated lists for the public website.
 */
export function registerRegisterRoutes(app: FastifyInstance, contextFor: RouteContextFactory): void {
  app.get('/files/processing-activities.csv', async (request, reply) => {
    const ctx = await contextFor(request, reply);
    const csv = await exportProcessingRecord(ctx, 'csv');
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8; header=present')
      .header('Content-Disposition', 'attachment; filename="behandlingsprotokoll.csv"')
      .header('Cache-Control', 'no-store')
      .header('X-Content-Type-Options', 'nosniff')
      .send(csv);
  });

  app.get('/files/processing-activities.html', async (request, reply) => {
    const ctx = await contextFor(request, reply);
    const html = await exportProcessingRecord(ctx, 'html');
    return reply
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .header('Cache-Control', 'no-store')
      .header('X-Content-Type-Options', 'nosniff')
      .send(html);
  });

  // Public: it lists vendors, not people. Cached briefly by browsers and proxies.
  app.get('/public/privacy-statement/lists.html', async (request, reply) => {
    const ctx = await contextFor(request, reply);
    const page = statementListsPage(await loadStatementLists(ctx.db));
    return reply
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Content-Security-Policy', "default-src 'none'; frame-ancestors *")
      .header('Cache-Control', 'public, max-age=300')
      .header('X-Content-Type-Options', 'nosniff')
      .send(page);
  });
}
