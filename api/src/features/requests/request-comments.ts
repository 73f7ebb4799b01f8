import { schema } from '@pvr/db';
import { asc, eq, inArray } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import { requireActor, type RequestContext } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import { parseInput } from '../../validation.ts';
import { addRequestCommentInput } from './requests.inputs.ts';
import { subjectOf } from './requests.service.ts';

const { requestComments: comments, dataSubjectRequests: requests } = schema;
export type RequestCommentRow = typeof comments.$inferSelect;

/** Internal comments; allowed on closed requests too (what happened afterwards belongs here). */
export async function addRequestComment(ctx: RequestContext, rawArgs: unknown): Promise<RequestCommentRow> {
  const { id, body } = parseInput(addRequestCommentInput, rawArgs);
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const [request] = await tx.select({ id: requests.id, candidateId: requests.candidateId }).from(requests).where(eq(requests.id, id));
    if (!request) throw notFound('Request');
    const [row] = await tx.insert(comments).values({ requestId: id, authorId: actor.id, body }).returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(tx, ctx, {
      action: 'request.comment.add',
      entityType: 'request_comment',
      entityId: row.id,
      subject: subjectOf(request),
      details: { requestId: id },
    });
    return row;
  });
}

/** The comments of a page of requests, oldest first: one statement and one audit entry per page. */
export const commentsByRequest = defineLoader<string, RequestCommentRow[]>((ctx, ids) =>
  ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(comments)
      .where(inArray(comments.requestId, [...ids]))
      .orderBy(asc(comments.createdAt), asc(comments.id));
    await writeAudit(tx, ctx, {
      action: 'request.comment.read',
      entityType: 'request_comment',
      details: { requestIds: [...ids], comments: rows.length },
    });
    return byKey(ids, rows, (row) => row.requestId, () => [], (list) => list);
  }),
);
