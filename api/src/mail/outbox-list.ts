import { schema } from '@pvr/db';
import { desc, sql, type SQL } from '@pvr/db/orm';
import { z } from 'zod';
import { writeAudit } from '../audit/audit.ts';
import type { RequestContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { pageSize } from '../shared/inputs.ts';
import { decodeCursor, encodeCursor } from '../shared/cursor.ts';
import { parseInput } from '../validation.ts';

const { emailOutbox } = schema;
export type OutboxEmailRow = typeof emailOutbox.$inferSelect;

export const outboxListInput = z.object({ first: pageSize, after: z.string().max(500).nullish() });

/** created_at to the microsecond, so a cursor never skips a row queued in the same millisecond. */
const cursorTime = sql<string>`to_char(${emailOutbox.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const cursorShape = { at: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/, id: /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i };

function afterCursor(cursor: string): SQL {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || typeof id !== 'string' || !cursorShape.at.test(at) || !cursorShape.id.test(id)) {
    throw badInput('after', 'after: not a cursor from this list');
  }
  return sql`(${emailOutbox.createdAt}, ${emailOutbox.id}) < (${at}::timestamptz, ${id}::uuid)`;
}

/** A page of the outbox, newest first; the read is audited with the ids it showed. */
export async function listOutbox(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(outboxListInput, rawArgs);
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({ email: emailOutbox, cursorAt: cursorTime })
      .from(emailOutbox)
      .where(args.after ? afterCursor(args.after) : undefined)
      .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
      .limit(args.first + 1);
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(emailOutbox);
    const kept = rows.slice(0, args.first);
    await writeAudit(tx, ctx, { action: 'outbox.list', entityType: 'email_outbox', details: { outboxIds: kept.map((r) => r.email.id) } });
    const last = kept.at(-1);
    return {
      nodes: kept.map((r) => r.email),
      totalCount: count?.n ?? 0,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor([last.cursorAt, last.email.id]) : null },
    };
  });
}
