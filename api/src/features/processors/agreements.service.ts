import { and, asc, eq, inArray, lte } from '@pvr/db/orm';
import { schema } from '@pvr/db';
import { art28Clauses, type Art28Clause } from '@pvr/db/schema';
import { writeAudit } from '../../audit/audit.ts';
import type { RequestContext } from '../../context.ts';
import { AppError, badInput, forbidden, notFound, unauthenticated } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import { parseInput } from '../../validation.ts';
import { inspectDocument } from '../candidates/documents.ts';
import {
  agreementRuleViolations,
  agreementsDueInput,
  createAgreementInput,
  reviewedStatuses,
  reviewWindowDays,
  updateAgreementInput,
} from './agreements.inputs.ts';
import { addDays, osloToday } from '../../shared/oslo-dates.ts';
import { idInput } from './processors.inputs.ts';

const { processors, processorAgreements: agreements } = schema;
type AgreementStatus = (typeof agreements.$inferSelect)['status'];

/** Everything but the document bytes, which are read only for a download. */
const agreementColumns = {
  id: agreements.id,
  processorId: agreements.processorId,
  kind: agreements.kind,
  status: agreements.status,
  signedOn: agreements.signedOn,
  reviewDueOn: agreements.reviewDueOn,
  clauses: agreements.clauses,
  notes: agreements.notes,
  documentName: agreements.documentName,
  documentContentType: agreements.documentContentType,
  documentByteSize: agreements.documentByteSize,
  createdAt: agreements.createdAt,
  updatedAt: agreements.updatedAt,
};
export type AgreementRow = Omit<typeof agreements.$inferSelect, 'document'>;

// Reads are not audited: agreements describe vendors, not a data subject's personal data.

/** A draft or signed agreement whose review date falls within the window, or has passed. */
export function isReviewDue(a: Pick<AgreementRow, 'status' | 'reviewDueOn'>, today = osloToday()): boolean {
  return reviewedStatuses.includes(a.status) && a.reviewDueOn <= addDays(today, reviewWindowDays);
}

/** The Art. 28(3) clauses a data processing agreement leaves out; other kinds need none. */
export function missingClausesOf(a: Pick<AgreementRow, 'kind' | 'clauses'>): Art28Clause[] {
  if (a.kind !== 'data_processing_agreement') return [];
  return art28Clauses.filter((clause) => !a.clauses.includes(clause));
}

/** Agreements of many processors in one statement, soonest review first. */
export const agreementsByProcessor = defineLoader<string, AgreementRow[]>(async (ctx, ids) => {
  const rows = await ctx.db
    .select(agreementColumns)
    .from(agreements)
    .where(inArray(agreements.processorId, [...ids]))
    .orderBy(asc(agreements.reviewDueOn), asc(agreements.id));
  return byKey(ids, rows, (r) => r.processorId, () => [], (list) => list);
});

export async function listAgreementsDueForReview(ctx: RequestContext, rawArgs: unknown): Promise<AgreementRow[]> {
  const { withinDays } = parseInput(agreementsDueInput, rawArgs);
  const until = addDays(osloToday(), withinDays);
  return ctx.db
    .select(agreementColumns)
    .from(agreements)
    .where(and(lte(agreements.reviewDueOn, until), inArray(agreements.status, reviewedStatuses as AgreementStatus[])))
    .orderBy(asc(agreements.reviewDueOn), asc(agreements.id));
}

export async function createAgreement(ctx: RequestContext, rawInput: unknown): Promise<AgreementRow> {
  const { document, ...input } = parseInput(createAgreementInput, rawInput);
  const documentFields = document ? documentColumnsOf(document) : {};
  return ctx.db.transaction(async (tx) => {
    // FOR SHARE: a concurrent deleteProcessor must see this agreement or wait for it.
    const [processor] = await tx.select({ id: processors.id }).from(processors).where(eq(processors.id, input.processorId)).for('share');
    if (!processor) throw notFound('Processor');
    const [row] = await tx
      .insert(agreements)
      .values({ ...input, ...documentFields })
      .returning(agreementColumns);
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, ctx, {
      action: 'processor.agreement.create',
      entityType: 'processor_agreement',
      entityId: row.id,
      details: { processorId: row.processorId, kind: row.kind, status: row.status, documentByteSize: row.documentByteSize },
    });
    return row;
  });
}

export async function updateAgreement(ctx: RequestContext, rawId: string, rawInput: unknown): Promise<AgreementRow> {
  const { id } = parseInput(idInput, { id: rawId });
  const { document, removeDocument, ...fields } = parseInput(updateAgreementInput, rawInput);
  const documentFields = document
    ? documentColumnsOf(document)
    : removeDocument
      ? { document: null, documentName: null, documentContentType: null, documentByteSize: null }
      : {};
  return ctx.db.transaction(async (tx) => {
    const [owner] = await tx.select({ processorId: agreements.processorId }).from(agreements).where(eq(agreements.id, id));
    if (!owner) throw notFound('Agreement');
    // Lock order processor → agreement, the same as deleteProcessor's cascade.
    await tx.select({ id: processors.id }).from(processors).where(eq(processors.id, owner.processorId)).for('share');
    const [existing] = await tx.select(agreementColumns).from(agreements).where(eq(agreements.id, id)).for('update');
    if (!existing) throw notFound('Agreement');
    const [violation] = agreementRuleViolations({ ...existing, ...fields });
    if (violation) throw badInput(violation.field, violation.message);
    const [row] = await tx
      .update(agreements)
      .set({ ...fields, ...documentFields, updatedAt: new Date() })
      .where(eq(agreements.id, id))
      .returning(agreementColumns);
    if (!row) throw notFound('Agreement');
    await writeAudit(tx, ctx, {
      action: 'processor.agreement.update',
      entityType: 'processor_agreement',
      entityId: id,
      details: {
        processorId: row.processorId,
        fields: Object.keys(fields),
        document: document ? 'replaced' : removeDocument ? 'removed' : 'unchanged',
        documentByteSize: row.documentByteSize,
      },
    });
    return row;
  });
}

/** The type is decided by the bytes (shared with CV uploads); errors name the nested field. */
function documentColumnsOf(input: { fileName: string; contentBase64: string }) {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  try {
    const { contentType } = inspectDocument(bytes);
    return { document: bytes, documentName: input.fileName, documentContentType: contentType, documentByteSize: bytes.length };
  } catch (error) {
    if (error instanceof AppError) throw badInput('document.contentBase64', error.message);
    throw error;
  }
}

/** The bytes of one agreement document, for partners and auditors (auditors review agreements). */
export async function readAgreementDocument(ctx: RequestContext, id: string) {
  if (!ctx.actor) throw unauthenticated();
  if (ctx.actor.role !== 'partner' && ctx.actor.role !== 'auditor') throw forbidden('Agreements are for partners and auditors');
  const [row] = await ctx.db
    .select({ name: agreements.documentName, contentType: agreements.documentContentType, content: agreements.document })
    .from(agreements)
    .where(eq(agreements.id, id));
  if (!row?.content || !row.name || !row.contentType) throw notFound('Document');
  return { name: row.name, contentType: row.contentType, content: row.content };
}
