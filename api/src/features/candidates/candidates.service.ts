import { and, asc, desc, eq, getTableColumns, ilike, inArray, max, or, sql, type AnyColumn, type SQL } from '@pvr/db/orm';
import { fieldsOf, prebuiltQuery, prebuiltQueryByShape, schema, type Database, type Queryable, type Transaction } from '@pvr/db';
import { writeAudit } from '../../audit/audit.ts';
import { auditedRead, joinOpenBatch } from '../../audit/audited-reads.ts';
import type { RequestContext } from '../../context.ts';
import { forbidden, notFound, unauthenticated } from '../../errors.ts';
import { defineLoader, byKey } from '../../loaders.ts';
import { decodeCursor, keysetPage, likePattern } from '../../shared/cursor.ts';
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

type Db = Database | Transaction;
const subjectOf = (id: string) => ({ type: 'candidate', id });

/**
 * Keyset orderings: each sorts by one column and the id, and pages with a row comparison.
 * The cursor carries the sort value as PostgreSQL text, so timestamps keep their microseconds
 * (a JavaScript Date would drop them and skip rows written in the same millisecond).
 */
const afterValue = sql.placeholder('afterValue');
const afterId = sql.placeholder('afterId');
/** The table or the page subquery: the same order inside and around it. */
type Sortable = Record<'createdAt' | 'fullName' | 'lastActivityAt' | 'id', AnyColumn>;
const orderings = {
  created_desc: {
    order: (rows: Sortable) => [desc(rows.createdAt), desc(rows.id)],
    sortKey: sql<string>`${candidates.createdAt}::text`,
    after: sql`(${candidates.createdAt}, ${candidates.id}) < (${afterValue}::timestamptz, ${afterId}::uuid)`,
  },
  name_asc: {
    order: (rows: Sortable) => [asc(rows.fullName), asc(rows.id)],
    sortKey: sql<string>`${candidates.fullName}`,
    after: sql`(${candidates.fullName}, ${candidates.id}) > (${afterValue}::text, ${afterId}::uuid)`,
  },
  last_activity_desc: {
    order: (rows: Sortable) => [desc(rows.lastActivityAt), desc(rows.id)],
    sortKey: sql<string>`${candidates.lastActivityAt}::text`,
    after: sql`(${candidates.lastActivityAt}, ${candidates.id}) < (${afterValue}::timestamptz, ${afterId}::uuid)`,
  },
} as const;

/** Which filters a list request sets: the shape its statements are built for (once each). */
type ListShape = { sort: keyof typeof orderings; search: boolean; status: boolean; source: boolean; after: boolean };

const listFilters = (shape: ListShape): SQL[] => [
  // A phone number is stored as E.164; typed with spaces or without +47 it still matches.
  ...(shape.search
    ? [or(ilike(candidates.fullName, sql.placeholder('pattern')), ilike(candidates.email, sql.placeholder('pattern')), ilike(candidates.phone, sql.placeholder('phonePattern'))) as SQL]
    : []),
  ...(shape.status ? [eq(candidates.status, sql.placeholder('status'))] : []),
  ...(shape.source ? [eq(candidates.source, sql.placeholder('source'))] : []),
];

// Without a text search the total is a sum over the status/source buckets the triggers keep.
const totalOf = (db: Db, shape: Omit<ListShape, 'sort' | 'after'>) =>
  shape.search
    ? db.select({ total: sql<number>`count(*)::int`.as('total') }).from(candidates).where(and(...listFilters({ ...shape, sort: 'created_desc', after: false })))
    : db
        .select({ total: sql<number>`coalesce(sum(${candidateTotals.candidates}), 0)::int`.as('total') })
        .from(candidateTotals)
        .where(and(
          shape.status ? eq(candidateTotals.status, sql.placeholder('status')) : undefined,
          shape.source ? eq(candidateTotals.source, sql.placeholder('source')) : undefined,
        ));

const rowKeys = [...(Object.keys(getTableColumns(candidates)) as (keyof typeof candidates.$inferSelect)[]), 'sortKey'] as const;

/**
 * The page's rows and its total in one statement: the one-row total left-joined laterally to
 * the page, so an empty page still answers with its total.
 */
const candidatePageWithTotal = prebuiltQueryByShape((db, shape: ListShape) => {
  const head = totalOf(db, shape).as('head');
  const page = db
    .select({ ...getTableColumns(candidates), sortKey: orderings[shape.sort].sortKey.as('sort_key') })
    .from(candidates)
    .where(and(...listFilters(shape), shape.after ? orderings[shape.sort].after : undefined))
    .orderBy(...orderings[shape.sort].order(candidates))
    .limit(sql.placeholder('limit'))
    .as('page');
  return db
    .select({ total: head.total, row: fieldsOf(page, rowKeys) })
    .from(head)
    .leftJoinLateral(page, sql`true`)
    .orderBy(...orderings[shape.sort].order(page));
});

/**
 * A page of candidates: one statement for the rows and their total, one audit entry. An
 * audited read: `nested` starts the rows' own reads (their consents) once the rows are known,
 * so the page is one batch with one audit insert.
 */
export async function listCandidates(ctx: RequestContext, rawArgs: unknown, nested?: (candidateIds: string[]) => void) {
  const args = parseInput(candidateListInput, rawArgs);
  const search = args.filter?.search;
  const status = args.filter?.status;
  const source = args.filter?.source;
  const filterShape = { search: Boolean(search), status: Boolean(status), source: Boolean(source) };
  const [afterValue, afterId] = args.after ? (decodeCursor(args.after, 2) as [string, string]) : [];
  const digits = search?.replace(/\D/g, '') ?? '';
  const values = {
    ...(search ? { pattern: likePattern(search), phonePattern: likePattern(digits.length >= 5 ? digits : search) } : {}),
    ...(status ? { status } : {}),
    ...(source ? { source } : {}),
    ...(args.after ? { afterValue, afterId } : {}),
    limit: args.first + 1,
  };

  return auditedRead(ctx, async (tx) => {
    const result = await candidatePageWithTotal(tx, { ...filterShape, sort: args.sort, after: Boolean(args.after) }, values);
    const rows = result.flatMap(({ row }) => (row ? [row] : []));
    const { nodes, pageInfo } = keysetPage(rows, args.first, (row) => [row.sortKey, row.id]);
    await writeAudit(tx, ctx, {
      action: 'candidate.list',
      entityType: 'candidate',
      details: { candidateIds: nodes.map((n) => n.id), filtered: Boolean(search || status || source) },
    });
    if (nested && nodes.length > 0) joinOpenBatch(ctx, () => nested(nodes.map((n) => n.id)));
    return { nodes, totalCount: result[0]?.total ?? 0, pageInfo };
  });
}

const candidateById = prebuiltQuery((db) => db.select().from(candidates).where(eq(candidates.id, sql.placeholder('id'))));

/**
 * Batched with the request's other audited reads (the page's consent timeline); `nested` starts
 * the reads of the fields under the candidate beside it, refused with it if it is not found.
 */
export async function getCandidate(ctx: RequestContext, id: string, nested?: () => void): Promise<CandidateRow> {
  const read = async (db: Queryable) => {
    const [row] = await candidateById(db, { id });
    if (!row) throw notFound('Candidate');
    await writeAudit(db, ctx, { action: 'candidate.read', entityType: 'candidate', entityId: id, subject: subjectOf(id) });
    return row;
  };
  return auditedRead(ctx, read, nested ? { dependents: nested } : {});
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
