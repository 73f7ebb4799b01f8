import { writeAudit } from '../../audit/audit.ts';
import { requireRecentAuthentication } from '../../auth/reauth.ts';
import type { RequestContext } from '../../context.ts';
import { forbidden, unauthenticated } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { osloToday } from '../../shared/oslo-dates.ts';
import { eraseSubject, previewErasure } from './erasure.ts';
import { renderSubjectExportHtml } from './export-html.ts';
import { buildSubjectExport, countExport, exportSubject, type ExportKind } from './export.ts';
import { eraseDataSubjectInput, subjectArgsInput, subjectExportQuery, type SubjectRef } from './subject-data.inputs.ts';
import { auditSubjectOf, resolveSubject } from './subject.ts';

/** Download links for the dashboard; by record id where there is one, so an email stays out of the URL. */
function exportUrl(kind: ExportKind, subject: SubjectRef, format: 'json' | 'html'): string {
  const query = new URLSearchParams({ ...subject, format });
  return `/files/subject-export/${kind}?${query.toString()}`;
}

/** Counts per area of what an export will hold; audited like any read of the person's data. */
export async function summariseSubjectExport(ctx: RequestContext, rawArgs: unknown) {
  const { subject } = parseInput(subjectArgsInput, rawArgs);
  return ctx.db.transaction(async (tx) => {
    const records = await resolveSubject(tx, ctx.secretKey, subject);
    const counts = countExport(buildSubjectExport(records, 'access', new Date()));
    const { candidate, subscriber } = records.identity;
    await writeAudit(tx, ctx, {
      action: 'subject.export.summary',
      entityType: auditSubjectOf(records.identity)?.type ?? 'person',
      entityId: candidate?.id ?? subscriber?.id ?? null,
      subject: auditSubjectOf(records.identity),
      details: { counts },
    });
    const linkSubject: SubjectRef = candidate ? { candidateId: candidate.id } : subscriber ? { subscriberId: subscriber.id } : subject;
    return {
      candidateId: candidate?.id ?? null,
      subscriberId: subscriber?.id ?? null,
      // Read in the same audited transaction as the counts.
      displayName: records.identity.name ?? records.identity.email,
      counts,
      total: Object.values(counts).reduce((sum, n) => sum + n, 0),
      htmlUrl: exportUrl('access', linkSubject, 'html'),
      jsonUrl: exportUrl('portability', linkSubject, 'json'),
    };
  });
}

/** The confirmation dialog's numbers: nothing is changed, the look is audited. */
export async function getErasureImpact(ctx: RequestContext, rawArgs: unknown) {
  const { subject } = parseInput(subjectArgsInput, rawArgs);
  return ctx.db.transaction(async (tx) => {
    const impact = await previewErasure(tx, ctx.secretKey, subject);
    const auditSubject = impact.candidateId ? { type: 'candidate', id: impact.candidateId } : impact.subscriberId ? { type: 'subscriber', id: impact.subscriberId } : 'email' in subject ? { type: 'person', id: subject.email } : null;
    await writeAudit(tx, ctx, {
      action: 'subject.erasure.preview',
      entityType: auditSubject?.type ?? 'person',
      entityId: impact.candidateId ?? impact.subscriberId,
      subject: auditSubject,
      details: { counts: impact.counts },
    });
    return { ...impact, recipientsToNotify: impact.recipients };
  });
}

/** Partners only, with a fresh password check and an explicit confirm: erasure cannot be undone. */
export async function eraseDataSubject(ctx: RequestContext, rawArgs: unknown) {
  requireRecentAuthentication(ctx);
  const input = parseInput(eraseDataSubjectInput, rawArgs);
  const result = await eraseSubject(ctx, input.subject, { requestId: input.requestId, reason: 'request' });
  return { ...result, recipientsToNotify: result.recipients };
}

export type ExportFile = { body: string; contentType: string; fileName: string };

/** GET /files/subject-export/:kind — partners only; JSON for portability, a printable page for access. */
export async function downloadSubjectExport(ctx: RequestContext, kind: ExportKind, rawQuery: unknown): Promise<ExportFile> {
  if (!ctx.actor) throw unauthenticated();
  if (ctx.actor.role !== 'partner') throw forbidden('Exports of a person’s data are for partners only');
  const query = parseInput(subjectExportQuery, rawQuery);
  const format = query.format ?? (kind === 'access' ? 'html' : 'json');
  // The printable page lists CVs as metadata; only the JSON carries their bytes.
  const data = await exportSubject(ctx, query.subject, { kind, documentContent: format === 'json' });
  const base = `${kind === 'access' ? 'innsyn' : 'dataportabilitet'}-${osloToday()}`;
  return format === 'json'
    ? { body: JSON.stringify(data, null, 2), contentType: 'application/json; charset=utf-8', fileName: `${base}.json` }
    : { body: renderSubjectExportHtml(data), contentType: 'text/html; charset=utf-8', fileName: `${base}.html` };
}
