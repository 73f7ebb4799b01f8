import { countHead, schema, selectPageWithTotal } from '@pvr/db';
import { and, desc, eq, getTableColumns, ilike, sql, type AnyColumn, type SQL } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import { auditedRead } from '../../audit/audited-reads.ts';
import { requireActor, type RequestContext } from '../../context.ts';
import { badInput, conflict, notFound } from '../../errors.ts';
import { cursorTime, decodeCursor, keysetPage, likePattern } from '../../shared/cursor.ts';
import { parseInput } from '../../validation.ts';
import { addSubscriberInput, removeSubscriberInput, subscriberListInput } from './newsletter.inputs.ts';
import { deleteSubscriberWithConsents } from './subscriber-removal.ts';

const { consentEvents, subscribers } = schema;
export type SubscriberRow = typeof subscribers.$inferSelect;

const subjectOf = (id: string) => ({ type: 'subscriber', id });

/** created_at to the microsecond (the database sets it), so a cursor never skips a row. */
const pageColumns = { ...getTableColumns(subscribers), cursorAt: cursorTime(subscribers.createdAt).as('cursor_at') };
const pageKeys = Object.keys(pageColumns) as (keyof typeof pageColumns)[];
/** The table or the page subquery: the same order inside and around it. */
const newestFirstOf = (rows: Record<'createdAt' | 'id', AnyColumn>) => [desc(rows.createdAt), desc(rows.id)];
const cursorShape = { at: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/, id: /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i };

function afterCursor(cursor: string): SQL {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || typeof id !== 'string' || !cursorShape.at.test(at) || !cursorShape.id.test(id)) {
    throw badInput('after', 'after: not a cursor from this list');
  }
  return sql`(${subscribers.createdAt}, ${subscribers.id}) < (${at}::timestamptz, ${id}::uuid)`;
}

/** A page of subscribers, newest first, with its total: one statement and one audit entry. */
export async function listSubscribers(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(subscriberListInput, rawArgs);
  const filters: SQL[] = [];
  if (args.search) filters.push(ilike(subscribers.email, likePattern(args.search)));
  if (args.status) filters.push(eq(subscribers.status, args.status));
  const where = filters.length ? and(...filters) : undefined;
  const pageWhere = args.after ? and(where, afterCursor(args.after)) : where;
  return auditedRead(ctx, async (db) => {
    const head = countHead(db, subscribers, where);
    const page = db.select(pageColumns).from(subscribers).where(pageWhere).orderBy(...newestFirstOf(subscribers)).limit(args.first + 1).as('page');
    const { total, rows } = await selectPageWithTotal(db, head, page, pageKeys, newestFirstOf);
    const { nodes: kept, pageInfo } = keysetPage(rows, args.first, (row) => [row.cursorAt, row.id]);
    await writeAudit(db, ctx, {
      action: 'subscriber.list',
      entityType: 'subscriber',
      details: { subscriberIds: kept.map((r) => r.id), filtered: Boolean(where) },
    });
    return { nodes: kept.map(({ cursorAt: _cursor, ...subscriber }): SubscriberRow => subscriber), totalCount: total, pageInfo };
  });
}

/** A partner adds an address with the consent they received: active at once, consent recorded with it. */
export async function addSubscriber(ctx: RequestContext, rawInput: unknown): Promise<SubscriberRow> {
  const input = parseInput(addSubscriberInput, rawInput);
  const actor = requireActor(ctx);
  const now = new Date();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(subscribers)
      .values({ email: input.email, status: 'active', source: 'added_by_partner', confirmedAt: now })
      .onConflictDoNothing({ target: subscribers.email })
      .returning();
    if (!row) throw conflict('This address is already on the list', 'email');
    const [event] = await tx
      .insert(consentEvents)
      .values({
        subjectType: 'subscriber',
        subscriberId: row.id,
        purpose: 'newsletter',
        action: 'granted',
        occurredAt: now,
        method: input.consentMethod,
        evidenceNote: input.evidenceNote,
        recordedBy: actor.id,
      })
      .returning({ id: consentEvents.id });
    await writeAudit(tx, ctx, {
      action: 'subscriber.add',
      entityType: 'subscriber',
      entityId: row.id,
      subject: subjectOf(row.id),
      details: { consentEventId: event?.id ?? null, method: input.consentMethod },
    });
    return row;
  });
}

/** Deletes the subscriber and its consent events; the audit entry keeps ids and counts only. */
export async function removeSubscriber(ctx: RequestContext, rawArgs: unknown): Promise<boolean> {
  const { id } = parseInput(removeSubscriberInput, rawArgs);
  return ctx.db.transaction(async (tx) => {
    const removal = await deleteSubscriberWithConsents(tx, id);
    if (!removal.removed) throw notFound('Subscriber');
    await writeAudit(tx, ctx, {
      action: 'subscriber.remove',
      entityType: 'subscriber',
      entityId: id,
      subject: subjectOf(id),
      details: { reason: 'removed_by_partner', consentEvents: removal.consentEvents },
    });
    return true;
  });
}
