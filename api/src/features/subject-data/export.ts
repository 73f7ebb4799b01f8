import { writeAudit } from '../../audit/audit.ts';
import { auditedRead } from '../../audit/audited-reads.ts';
import type { RequestContext } from '../../context.ts';
import { auditSubjectOf, resolveSubject, type SubjectRef } from './subject.ts';
import { otherPartyIsSubject, type SubjectRecords } from './subject-records.ts';

export type ExportKind = 'access' | 'portability';

/**
 * Everything held on one person, machine-readable (GDPR Art. 15 and 20). Dates are ISO 8601
 * in UTC; the printable document shows them in Europe/Oslo. Other people's names (authors,
 * handlers, whoever recorded a consent) are left out: they are not the person's data.
 */
export type SubjectExport = ReturnType<typeof buildSubjectExport>;

export type SubjectExportCounts = Record<keyof Omit<SubjectExport, 'format' | 'kind' | 'generatedAt' | 'controller' | 'subject'>, number>;

const controller = 'Aprimo Rådgivning AS';

export function buildSubjectExport(records: SubjectRecords, kind: ExportKind, generatedAt: Date) {
  const { identity } = records;
  const c = identity.candidate;
  return {
    format: 'personvernregister.subject-export/1' as const,
    kind,
    generatedAt,
    controller,
    subject: { email: identity.email, phone: identity.phone, name: identity.name },
    candidate: c
      ? [{ id: c.id, fullName: c.fullName, email: c.email, phone: c.phone, location: c.location, summary: c.summary, skills: c.skills, status: c.status, source: c.source, createdAt: c.createdAt, updatedAt: c.updatedAt, lastActivityAt: c.lastActivityAt }]
      : [],
    documents: records.documents.map((d) => ({
      id: d.id,
      version: d.version,
      fileName: d.fileName,
      contentType: d.contentType,
      byteSize: d.byteSize,
      sha256: d.sha256,
      uploadedAt: d.uploadedAt,
      contentBase64: 'content' in d && d.content instanceof Uint8Array ? Buffer.from(d.content).toString('base64') : null,
    })),
    consentEvents: records.consents.map((e) => ({
      id: e.id,
      subjectType: e.subjectType,
      purpose: e.purpose,
      caseReference: e.caseReference,
      action: e.action,
      occurredAt: e.occurredAt,
      recordedAt: e.recordedAt,
      method: e.method,
      personName: e.personName,
      evidence: { form: e.evidenceForm, statementVersion: e.evidenceStatementVersion, ipAnonymised: e.evidenceIpAnonymised, note: e.evidenceNote },
    })),
    shares: records.shares.map((s) => ({ id: s.id, recipient: s.recipient, clientName: s.clientName, caseReference: s.caseReference, caseTitle: s.caseTitle, documentVersion: s.documentVersion, sharedAt: s.sharedAt })),
    newsletter: identity.subscriber
      ? [{ id: identity.subscriber.id, email: identity.subscriber.email, status: identity.subscriber.status, source: identity.subscriber.source, createdAt: identity.subscriber.createdAt, confirmedAt: identity.subscriber.confirmedAt }]
      : [],
    callNotes: records.notes.map((n) => ({
      id: n.id,
      caseReference: n.caseReference,
      caseTitle: n.caseTitle,
      occurredAt: n.occurredAt,
      direction: n.direction,
      // Another party's name and number are theirs, not this person's (GDPR Art. 15(4)).
      otherPartyIsYou: otherPartyIsSubject(n, records),
      otherPartyName: otherPartyIsSubject(n, records) ? n.otherPartyName : null,
      otherPartyPhone: otherPartyIsSubject(n, records) ? n.otherPartyPhone : null,
      body: n.body,
    })),
    inquiries: records.inquiries.map((i) => ({ id: i.id, name: i.name, email: i.email, phone: i.phone, message: i.message, receivedAt: i.receivedAt, ipAnonymised: i.ipAnonymised, answeredAt: i.answeredAt })),
    requests: records.requests.map((r) => ({
      id: r.id,
      kind: r.kind,
      requesterName: r.requesterName,
      requesterEmail: r.requesterEmail,
      requesterPhone: r.requesterPhone,
      receivedOn: r.receivedOn,
      dueOn: r.dueOn,
      extendedDueOn: r.extendedDueOn,
      extensionReason: r.extensionReason,
      identityVerifiedAt: r.identityVerifiedAt,
      status: r.status,
      refusalReason: r.refusalReason,
      resolution: r.resolution,
      completedAt: r.completedAt,
      comments: records.comments.filter((m) => m.requestId === r.id).map((m) => ({ id: m.id, createdAt: m.createdAt, body: m.body })),
    })),
    selfServiceLinks: records.tokens.map((t) => ({ id: t.id, createdAt: t.createdAt, expiresAt: t.expiresAt, usedAt: t.usedAt })),
    emails: records.emails.map((m) => ({ id: m.id, kind: m.kind, toAddress: m.toAddress === identity.email ? m.toAddress : null, subject: m.subject, textBody: m.textBody, createdAt: m.createdAt, sentAt: m.sentAt })),
    auditEntries: records.auditEntries.map((a) => ({ id: a.id, occurredAt: a.occurredAt, action: a.action, actorRole: a.actorRole, entityType: a.entityType })),
  };
}

export function countExport(data: SubjectExport): SubjectExportCounts {
  return {
    candidate: data.candidate.length,
    documents: data.documents.length,
    consentEvents: data.consentEvents.length,
    shares: data.shares.length,
    newsletter: data.newsletter.length,
    callNotes: data.callNotes.length,
    inquiries: data.inquiries.length,
    requests: data.requests.length,
    selfServiceLinks: data.selfServiceLinks.length,
    emails: data.emails.length,
    auditEntries: data.auditEntries.length,
  };
}

/**
 * The access/portability export: one read per area, audited as `subject.export` with counts
 * only. No permission check: the caller decides (partners; the person's own self-service link).
 * An audited read: no transaction (under READ COMMITTED each statement reads its own snapshot
 * either way), its entry committed with other requests' before the export is handed on.
 */
export async function exportSubject(ctx: RequestContext, ref: SubjectRef, options: { kind?: ExportKind; documentContent?: boolean } = {}): Promise<SubjectExport> {
  const kind = options.kind ?? 'access';
  return auditedRead(ctx, async (db) => {
    const records = await resolveSubject(db, ctx.secretKey, ref, { documentContent: options.documentContent ?? true });
    const data = buildSubjectExport(records, kind, new Date());
    await writeAudit(db, ctx, {
      action: 'subject.export',
      entityType: auditSubjectOf(records.identity)?.type ?? 'person',
      entityId: records.identity.candidate?.id ?? records.identity.subscriber?.id ?? null,
      subject: auditSubjectOf(records.identity),
      details: { kind, counts: countExport(data) },
    });
    return data;
  });
}
