import { and, asc, desc, eq, getTableColumns, ilike, inArray, max, or, sql, type SQL } from '@pvr/db/orm';
import { schema } from '@pvr/db';
import { writeAudit } from '../../audit/audit.ts';
import { auditedRead, joinOpenBatch } from '../../audit/audited-reads.ts';
import type { RequestContext } from '../../context.ts';
import { forbidden, notFound, unauthenticated } from '../../errors.ts';
import { defineLoader, byKey } from '../../loaders.ts';
import { decodeCursor, encodeCursor, likePattern } from '../../shared/cursor.ts';
import { parseInput } from '../../validation.ts';
import {
  candidateListInput,
  createCandidateInput,
  updateCandidateInput,
  uploadCandidateDocumentInput,
} from './candidates.inputs.ts';
import { inspectDocument } from './documents.ts';

const { candidates, candidateDocuments, candidateTotals } = schema;
export type CandidateRow = typeof candidates.$inferSelect;
export type CandidateDocumentRow = Omit<typeof candidateDocuments.$inferSelect, 'content'>;

const subjectOf = (id: string) => ({ type: 'candidate', id });

/**
 * Keyset orderings: each sorts by one column and the id, and pages with a row comparison.
 * The cursor carries the sort value as PostgreSQL text, so timestamps keep their microseconds
 * (a JavaScript Date would drop them and skip rows written in the same millisecond).
 */
const orderings = {
  created_desc: {
    order: [desc(candidates.createdAt), desc(candidates.id)],
    sortKey: sql<string>`${candidates.createdAt}::text`,
    after: (v: unknown, id: string) => sql`(${candidates.createdAt}, ${candidates.id}) < (${v}::timestamptz, ${id}::uuid)`,
  },
  name_asc: {
    order: [asc(candidates.fullName), asc(candidates.id)],
    sortKey: sql<string>`${candidates.fullName}`,
    after: (v: unknown, id: string) => sql`(${candidates.fullName}, ${candidates.id}) > (${v}::text, ${id}::uuid)`,
  },
  last_activity_desc: {
    order: [desc(candidates.lastActivityAt), desc(candidates.id)],
    sortKey: sql<string>`${candidates.lastActivityAt}::text`,
    after: (v: unknown, id: string) => sql`(${candidates.lastActivityAt}, ${candidates.id}) < (${v}::timestamptz, ${id}::uuid)`,
  },
} as const;

/**
 * A page of candidates: one statement for the rows and one for the total (sent together), one
 * audit entry. An audited read: `nested` starts the rows' own reads (their consents) once the
 * rows are known, so the page is one transaction with one audit insert.
 */
export async function listCandidates(ctx: RequestContext, rawArgs: unknown, nested?: (candidateIds: string[]) => void) {
  const args = parseInput(candidateListInput, rawArgs);
  const ordering = orderings[args.sort];
  const filters: SQL[] = [];
  const search = args.filter?.search;
  if (search) {
    const pattern = likePattern(search);
    // A phone number is stored as E.164; typed with spaces or without +47 it still matches.
    const digits = search.replace(/\D/g, '');
    const phonePattern = digits.length >= 5 ? likePattern(digits) : pattern;
    filters.push(or(ilike(candidates.fullName, pattern), ilike(candidates.email, pattern), ilike(candidates.phone, phonePattern)) as SQL);
  }
  if (args.filter?.status) filters.push(eq(candidates.status, args.filter.status));
  if (args.filter?.source) filters.push(eq(candidates.source, args.filter.source));
  const where = filters.length ? and(...filters) : undefined;
  const pageWhere = args.after
    ? and(where, ordering.after(...(decodeCursor(args.after, 2) as [string, string])))
    : where;

  return auditedRead(ctx, async (tx) => {
    // Both statements go out at once (pipelined on the transaction's connection): one round trip.
    const [rows, [count]] = await Promise.all([
      tx
        .select({ ...getTableColumns(candidates), sortKey: ordering.sortKey })
        .from(candidates)
        .where(pageWhere)
        .orderBy(...ordering.order)
        .limit(args.first + 1),
      // Without a text search the total is a sum over the status/source buckets the triggers keep.
      search
        ? tx.select({ n: sql<number>`count(*)::int` }).from(candidates).where(where)
        : tx
            .select({ n: sql<number>`coalesce(sum(${candidateTotals.candidates}), 0)::int` })
            .from(candidateTotals)
            .where(and(
              args.filter?.status ? eq(candidateTotals.status, args.filter.status) : undefined,
              args.filter?.source ? eq(candidateTotals.source, args.filter.source) : undefined,
            )),
    ]);
    const nodes = rows.slice(0, args.first);
    await writeAudit(tx, ctx, {
      action: 'candidate.list',
      entityType: 'candidate',
      details: { candidateIds: nodes.map((n) => n.id), filtered: Boolean(where) },
    });
    if (nested && nodes.length > 0) joinOpenBatch(ctx, () => nested(nodes.map((n) => n.id)));
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount: count?.n ?? 0,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor([last.sortKey, last.id]) : null },
    };
  });
}

/**
 * Batched with the request's other audited reads (the page's consent timeline); `nested` starts
 * the reads of the fields under the candidate once it is found, in the same transaction.
 */
export async function getCandidate(ctx: RequestContext, id: string, nested?: () => void): Promise<CandidateRow> {
  return auditedRead(ctx, async (tx) => {
    const [row] = await tx.select().from(candidates).where(eq(candidates.id, id));
    if (!row) throw notFound('Candidate');
    await writeAudit(tx, ctx, { action: 'candidate.read', entityType: 'candidate', entityId: id, subject: subjectOf(id) });
    if (nested) joinOpenBatch(ctx, nested);
    return row;
  });
}

export async function createCandidate(ctx: RequestContext, rawInput: unknown): Promise<CandidateRow> {
  const input = parseInput(createCandidateInput, rawInput);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(candidates)
      .values({ ...input, source: 'added_by_partner', createdBy: ctx.actor?.id ?? null })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, ctx, { action: 'candidate.create', entityType: 'candidate', entityId: row.id, subject: subjectOf(row.id) });
    return row;
  });
}

export async function updateCandidate(ctx: RequestContext, id: string, rawInput: unknown): Promise<CandidateRow> {
  const input = parseInput(updateCandidateInput, rawInput);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(candidates)
      .set({ ...input, updatedAt: new Date(), lastActivityAt: new Date() })
      .where(eq(candidates.id, id))
      .returning();
    if (!row) throw notFound('Candidate');
    await writeAudit(tx, ctx, {
      action: 'candidate.update',
      entityType: 'candidate',
      entityId: id,
      subject: subjectOf(id),
      details: { fields: Object.keys(input) },
    });
    return row;
  });
}

/** Stores a new CV version; the type is decided by the bytes, the version by the database. */
export async function uploadCandidateDocument(ctx: RequestContext, rawInput: unknown): Promise<CandidateDocumentRow> {
  const input = parseInput(uploadCandidateDocumentInput, rawInput);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const { contentType, sha256 } = inspectDocument(bytes);
  return ctx.db.transaction(async (tx) => {
    const [candidate] = await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.id, input.candidateId)).for('update');
    if (!candidate) throw notFound('Candidate');
    const [latest] = await tx
      .select({ version: max(candidateDocuments.version) })
      .from(candidateDocuments)
      .where(eq(candidateDocuments.candidateId, input.candidateId));
    const [row] = await tx
      .insert(candidateDocuments)
      .values({
        candidateId: input.candidateId,
        version: (latest?.version ?? 0) + 1,
        fileName: input.fileName,
        contentType,
        byteSize: bytes.length,
        sha256,
        content: bytes,
        uploadedBy: ctx.actor?.id ?? null,
      })
      .returning(documentColumnsSelection);
    if (!row) throw new Error('insert returned no row');
    await tx.update(candidates).set({ lastActivityAt: new Date() }).where(eq(candidates.id, input.candidateId));
    await writeAudit(tx, ctx, {
      action: 'candidate.document.upload',
      entityType: 'candidate_document',
      entityId: row.id,
      subject: subjectOf(input.candidateId),
      details: { version: row.version, byteSize: row.byteSize },
    });
    return row;
  });
}

const documentColumnsSelection = {
  id: candidateDocuments.id,
  candidateId: candidateDocuments.candidateId,
  version: candidateDocuments.version,
  fileName: candidateDocuments.fileName,
  contentType: candidateDocuments.contentType,
  byteSize: candidateDocuments.byteSize,
  sha256: candidateDocuments.sha256,
  uploadedBy: candidateDocuments.uploadedBy,
  uploadedAt: candidateDocuments.uploadedAt,
};

/** CV metadata for many candidates in one statement. */
export const documentsByCandidate = defineLoader<string, CandidateDocumentRow[]>(async (ctx, ids) => {
  const rows = await ctx.db
    .select(documentColumnsSelection)
    .from(candidateDocuments)
    .where(inArray(candidateDocuments.candidateId, [...ids]))
    .orderBy(desc(candidateDocuments.version));
  return byKey(ids, rows, (r) => r.candidateId, () => [], (list) => list);
});

export function candidateDocumentsFor(ctx: RequestContext, candidateId: string) {
  if (ctx.actor?.role !== 'partner') throw forbidden('CV documents are for partners only');
  return documentsByCandidate(ctx).load(candidateId);
}

/** The bytes of one CV for download, audited as a read of the candidate's data. */
export async function readCandidateDocument(ctx: RequestContext, documentId: string) {
  if (!ctx.actor) throw unauthenticated();
  if (ctx.actor.role !== 'partner') throw forbidden('CV documents are for partners only');
  return ctx.db.transaction(async (tx) => {
    const [doc] = await tx.select().from(candidateDocuments).where(eq(candidateDocuments.id, documentId));
    if (!doc) throw notFound('Document');
    await writeAudit(tx, ctx, {
      action: 'candidate.document.download',
      entityType: 'candidate_document',
      entityId: doc.id,
      subject: subjectOf(doc.candidateId),
    });
    return doc;
  });
}
