import { schema } from '@pvr/db';
import { and, desc, eq, ilike, sql, type SQL } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import { requireActor, type RequestContext } from '../../context.ts';
import { badInput, conflict, notFound } from '../../errors.ts';
import { decodeCursor, encodeCursor, likePattern } from '../../shared/cursor.ts';
import { parseInput } from '../../validation.ts';
import { addSubscriberInput, removeSubscriberInput, subscriberListInput } from './newsletter.inputs.ts';
import { deleteSubscriberWithConsents } from './subscriber-removal.ts';

const { consentEvents, subscribers } = schema;
export type SubscriberRow = typeof subscribers.$inferSelect;

const subjectOf = (id: string) => ({ type: 'subscriber', id });

/** created_at to the microsecond (the database sets it), so a cursor never skips a row. */
const cursorTime = sql<string>`to_char(${subscribers.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const cursorShape = { at: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/, id: /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i };

function afterCursor(cursor: string): SQL {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || typeof id !== 'string' || !cursorShape.at.test(at) || !cursorShape.id.test(id)) {
    throw badInput('after', 'after: not a cursor from this list');
  }
  return sql`(${subscribers.createdAt}, ${subscribers.id}) < (${at}::timestamptz, ${id}::uuid)`;
}

/** A page of subscribers, newest first: one statement for the rows, one for the count, one audit entry. */
export async function listSubscribers(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(subscriberListInput, rawArgs);
  const filters: SQL[] = [];
  if (args.search) filters.push(ilike(subscribers.email, likePattern(args.search)));
  if (args.status) filters.push(eq(subscribers.status, args.status));
  const where = filters.length ? and(...filters) : undefined;
  const pageWhere = args.after ? and(where, afterCursor(args.after)) : where;
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({ subscriber: subscribers, cursorAt: cursorTime })
      .from(subscribers)
      .where(pageWhere)
      .orderBy(desc(subscribers.createdAt), desc(subscribers.id))
      .limit(args.first + 1);
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(subscribers).where(where);
    const kept = rows.slice(0, args.first);
    await writeAudit(tx, ctx, {
      action: 'subscriber.list',
      entityType: 'subscriber',
      details: { subscriberIds: kept.map((r) => r.subscriber.id), filtered: Boolean(where) },
    });
    const last = kept.at(-1);
    return {
      nodes: kept.map((r) => r.subscriber),
      totalCount: count?.n ?? 0,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor([last.cursorAt, last.subscriber.id]) : null },
    };
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
