import { countHead, schema, selectPageWithTotal } from '@pvr/db';
import { desc, getTableColumns, sql, type AnyColumn, type SQL } from '@pvr/db/orm';
import { z } from 'zod';
import { writeAudit } from '../audit/audit.ts';
import { auditedRead } from '../audit/audited-reads.ts';
import type { RequestContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { pageSize } from '../shared/inputs.ts';
import { cursorTime, decodeCursor, keysetPage } from '../shared/cursor.ts';
import { parseInput } from '../validation.ts';

const { emailOutbox } = schema;
export type OutboxEmailRow = typeof emailOutbox.$inferSelect;

export const outboxListInput = z.object({ first: pageSize, after: z.string().max(500).nullish() });

/** created_at to the microsecond, so a cursor never skips a row queued in the same millisecond. */
const pageColumns = { ...getTableColumns(emailOutbox), cursorAt: cursorTime(emailOutbox.createdAt).as('cursor_at') };
const pageKeys = Object.keys(pageColumns) as (keyof typeof pageColumns)[];
/** The table or the page subquery: the same order inside and around it. */
const newestFirstOf = (rows: Record<'createdAt' | 'id', AnyColumn>) => [desc(rows.createdAt), desc(rows.id)];
const cursorShape = { at: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/, id: /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i };

function afterCursor(cursor: string): SQL {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || typeof id !== 'string' || !cursorShape.at.test(at) || !cursorShape.id.test(id)) {
    throw badInput('after', 'after: not a cursor from this list');
  }
  return sql`(${emailOutbox.createdAt}, ${emailOutbox.id}) < (${at}::timestamptz, ${id}::uuid)`;
}

/** A page of the outbox, newest first, with its total in the same statement; audited with the ids it showed. */
export async function listOutbox(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(outboxListInput, rawArgs);
  const pageWhere = args.after ? afterCursor(args.after) : undefined;
  return auditedRead(ctx, async (db) => {
    const head = countHead(db, emailOutbox);
    const page = db.select(pageColumns).from(emailOutbox).where(pageWhere).orderBy(...newestFirstOf(emailOutbox)).limit(args.first + 1).as('page');
    const { total, rows } = await selectPageWithTotal(db, head, page, pageKeys, newestFirstOf);
    const { nodes: kept, pageInfo } = keysetPage(rows, args.first, (r) => [r.cursorAt, r.id]);
    await writeAudit(db, ctx, { action: 'outbox.list', entityType: 'email_outbox', details: { outboxIds: kept.map((r) => r.id) } });
    return { nodes: kept.map(({ cursorAt: _cursor, ...email }): OutboxEmailRow => email), totalCount: total, pageInfo };
  });
}
