import type { Database, Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import { and, asc, desc, eq, getTableColumns, gte, inArray, lte, sql, type SQL } from '@pvr/db/orm';
import type { ConsentAction, ConsentPurpose } from '@pvr/db/schema';
import { writeAudit } from '../../audit/audit.ts';
import { auditedRead } from '../../audit/audited-reads.ts';
import { badInput } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import { decodeCursor, encodeCursor } from '../../shared/cursor.ts';
import type { ConsentSubject } from './consents.inputs.ts';

const { consentEvents, consentEventTotals } = schema;
export type ConsentEventRow = typeof consentEvents.$inferSelect;
export type ConsentStateRow = { purpose: ConsentPurpose; caseId: string | null; granted: boolean; since: Date; event: ConsentEventRow };

type Db = Database | Transaction;

const subjectColumns = {
  candidate: consentEvents.candidateId,
  subscriber: consentEvents.subscriberId,
  person: consentEvents.personEmail,
} as const;

export const whereSubject = (subject: ConsentSubject) =>
  and(eq(consentEvents.subjectType, subject.type), eq(subjectColumns[subject.type], subject.id)) as SQL;

/** The latest event wins: later occurrence, then later recording, then id for a stable tie-break. */
const latestFirst = [desc(consentEvents.occurredAt), desc(consentEvents.recordedAt), desc(consentEvents.id)];

export const stateOf = (event: ConsentEventRow): ConsentStateRow => ({
  purpose: event.purpose,
  caseId: event.caseId,
  granted: event.action === 'granted',
  since: event.occurredAt,
  event,
});

/** One state per purpose and case, from the latest event of each. */
export async function currentStates(db: Db, subject: ConsentSubject): Promise<ConsentStateRow[]> {
  const rows = await db
    .selectDistinctOn([consentEvents.purpose, consentEvents.caseId])
    .from(consentEvents)
    .where(whereSubject(subject))
    .orderBy(asc(consentEvents.purpose), asc(consentEvents.caseId), ...latestFirst);
  return rows.map(stateOf);
}

/** The state implied by the latest event that occurred at or before `at`. */
export async function stateAsOf(
  db: Db,
  query: { subject: ConsentSubject; purpose: ConsentPurpose; caseId: string | null; at: Date },
): Promise<ConsentStateRow | null> {
  const [row] = await db
    .select()
    .from(consentEvents)
    .where(
      and(
        whereSubject(query.subject),
        eq(consentEvents.purpose, query.purpose),
        query.caseId ? eq(consentEvents.caseId, query.caseId) : undefined,
        lte(consentEvents.occurredAt, query.at),
      ),
    )
    .orderBy(...latestFirst)
    .limit(1);
  return row ? stateOf(row) : null;
}

export type EventFilters = { purpose?: ConsentPurpose | null; action?: ConsentAction | null; from?: Date | null; to?: Date | null };

export function eventFilters(filters: EventFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.purpose) where.push(eq(consentEvents.purpose, filters.purpose));
  if (filters.action) where.push(eq(consentEvents.action, filters.action));
  if (filters.from) where.push(gte(consentEvents.occurredAt, filters.from));
  if (filters.to) where.push(lte(consentEvents.occurredAt, filters.to));
  return where;
}

/** occurred_at to the microsecond, so a cursor never skips rows written by SQL's now(). */
const cursorTime = sql<string>`to_char(${consentEvents.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const cursorShape = { at: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/, id: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i };

function afterCursor(cursor: string): SQL {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || typeof id !== 'string' || !cursorShape.at.test(at) || !cursorShape.id.test(id)) {
    throw badInput('after', 'after: not a cursor from this list');
  }
  return sql`(${consentEvents.occurredAt}, ${consentEvents.id}) < (${at}::timestamptz, ${id}::uuid)`;
}

/** A page of events, newest first, keyset-paged on (occurred_at, id): two statements. */
export async function pageOfEvents(db: Db, where: SQL | undefined, page: { first: number; after?: string | null | undefined }) {
  const pageWhere = page.after ? and(where, afterCursor(page.after)) : where;
  // The page and its total go out together (pipelined on the connection): one round trip.
  const [rows, [count]] = await Promise.all([
    db
      .select({ ...getTableColumns(consentEvents), cursorAt: cursorTime })
      .from(consentEvents)
      .where(pageWhere)
      .orderBy(desc(consentEvents.occurredAt), desc(consentEvents.id))
      .limit(page.first + 1),
    // The whole history is counted from the totals the triggers keep (a scan of millions otherwise).
    where
      ? db.select({ n: sql<number>`count(*)::int` }).from(consentEvents).where(where)
      : db.select({ n: sql<number>`coalesce(sum(${consentEventTotals.events}), 0)::int` }).from(consentEventTotals),
  ]);
  const kept = rows.slice(0, page.first);
  const last = kept.at(-1);
  return {
    nodes: kept.map(({ cursorAt: _cursorAt, ...event }): ConsentEventRow => event),
    totalCount: count?.n ?? 0,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: last ? encodeCursor([last.cursorAt, last.id]) : null },
  };
}

/** Current consent states for a page of candidates: one statement and one audit entry per page. */
export const consentsByCandidate = defineLoader<string, ConsentStateRow[]>((ctx, ids) =>
  auditedRead(ctx, async (tx) => {
    const rows = await tx
      .selectDistinctOn([consentEvents.candidateId, consentEvents.purpose, consentEvents.caseId])
      .from(consentEvents)
      .where(and(eq(consentEvents.subjectType, 'candidate'), inArray(consentEvents.candidateId, [...ids])))
      .orderBy(asc(consentEvents.candidateId), asc(consentEvents.purpose), asc(consentEvents.caseId), ...latestFirst);
    await writeAudit(tx, ctx, {
      action: 'consent.current.read',
      entityType: 'consent_event',
      details: { candidateIds: [...ids], states: rows.length },
    });
    return byKey(ids, rows, (row) => row.candidateId ?? '', () => [], (group) => group.map(stateOf));
  }),
);
