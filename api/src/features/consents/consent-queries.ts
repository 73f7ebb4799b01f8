import type { Database, Transaction } from '@pvr/db';
import { fieldsOf, idsValue, matchesIds, prebuiltQueryByShape, schema } from '@pvr/db';
import { and, asc, desc, eq, getTableColumns, gte, lte, sql, type SQL } from '@pvr/db/orm';
import type { ConsentAction, ConsentPurpose } from '@pvr/db/schema';
import { writeAudit } from '../../audit/audit.ts';
import { auditedRead } from '../../audit/audited-reads.ts';
import { badInput, notFound } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import { decodeCursor, keysetPage } from '../../shared/cursor.ts';
import type { ConsentSubject } from './consents.inputs.ts';

const { candidates, consentEvents, consentEventTotals, subscribers } = schema;
export type ConsentEventRow = typeof consentEvents.$inferSelect;
/**
 * A current consent state. `event` is the whole latest event when the read had it; the
 * candidates' states are read without it (a page of 50 needs purpose, case, action and time,
 * not every event's evidence), and ConsentState.event loads it by `eventId` when asked.
 */
export type ConsentStateRow = { purpose: ConsentPurpose; caseId: string | null; granted: boolean; since: Date; eventId: string; event: ConsentEventRow | null };

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

export const stateOf = (event: ConsentEventRow): ConsentStateRow & { event: ConsentEventRow } => ({
  purpose: event.purpose,
  caseId: event.caseId,
  granted: event.action === 'granted',
  since: event.occurredAt,
  eventId: event.id,
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

/** occurred_at to the microsecond, so a cursor never skips rows written by SQL's now(). */
const cursorTime = sql<string>`to_char(${consentEvents.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const cursorShape = { at: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/, id: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i };

function afterCursorValues(cursor: string) {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || typeof id !== 'string' || !cursorShape.at.test(at) || !cursorShape.id.test(id)) {
    throw badInput('after', 'after: not a cursor from this list');
  }
  return { afterAt: at, afterId: id };
}

/** Which subject and filters a page of events is for: the shape its statements are built for. */
type PageShape = { subject: ConsentSubject['type'] | null; purpose: boolean; action: boolean; from: boolean; to: boolean; after: boolean };

function pageConditions(shape: Omit<PageShape, 'after'>): SQL[] {
  const where: SQL[] = [];
  if (shape.subject) where.push(eq(consentEvents.subjectType, shape.subject), eq(subjectColumns[shape.subject], sql.placeholder('subjectId')));
  if (shape.purpose) where.push(eq(consentEvents.purpose, sql.placeholder('purpose')));
  if (shape.action) where.push(eq(consentEvents.action, sql.placeholder('action')));
  if (shape.from) where.push(gte(consentEvents.occurredAt, sql.placeholder('from')));
  if (shape.to) where.push(lte(consentEvents.occurredAt, sql.placeholder('to')));
  return where;
}

/** Whether the subject is there (a page of a missing candidate or subscriber is refused). */
function subjectFound(shape: Omit<PageShape, 'after'>): SQL<boolean> {
  if (shape.subject === 'candidate') return sql<boolean>`exists (select 1 from ${candidates} where ${candidates.id} = ${sql.placeholder('subjectId')})`;
  if (shape.subject === 'subscriber') return sql<boolean>`exists (select 1 from ${subscribers} where ${subscribers.id} = ${sql.placeholder('subjectId')})`;
  return sql<boolean>`true`;
}

const pageColumns = { ...getTableColumns(consentEvents), cursorAt: cursorTime.as('cursor_at') };
const pageKeys = Object.keys(pageColumns) as (keyof typeof pageColumns)[];

/**
 * The page, its total and whether the subject exists, in one statement: a one-row head (the
 * count; the whole history from the totals the triggers keep, a scan of millions otherwise)
 * joined laterally to the page's rows, so an empty page still answers with its total.
 */
const eventPageWithTotal = prebuiltQueryByShape((db, shape: PageShape) => {
  const where = pageConditions(shape);
  const head = (where.length
    ? db.select({ total: sql<number>`count(*)::int`.as('total'), found: subjectFound(shape).as('found') }).from(consentEvents).where(and(...where))
    : db.select({ total: sql<number>`coalesce(sum(${consentEventTotals.events}), 0)::int`.as('total'), found: subjectFound(shape).as('found') }).from(consentEventTotals)
  ).as('head');
  const page = db
    .select(pageColumns)
    .from(consentEvents)
    .where(and(
      ...where,
      shape.after ? sql`(${consentEvents.occurredAt}, ${consentEvents.id}) < (${sql.placeholder('afterAt')}::timestamptz, ${sql.placeholder('afterId')}::uuid)` : undefined,
    ))
    .orderBy(desc(consentEvents.occurredAt), desc(consentEvents.id))
    .limit(sql.placeholder('limit'))
    .as('page');
  return db
    .select({ total: head.total, found: head.found, event: fieldsOf(page, pageKeys) })
    .from(head)
    .leftJoinLateral(page, sql`true`)
    .orderBy(desc(page.occurredAt), desc(page.id));
});

/**
 * A page of events, newest first, keyset-paged on (occurred_at, id), with its total and
 * whether the subject exists: one statement.
 */
export async function pageOfEvents(
  db: Db,
  query: { subject?: ConsentSubject | null; filters: EventFilters },
  page: { first: number; after?: string | null | undefined },
) {
  const { subject, filters } = query;
  const shape = { subject: subject?.type ?? null, purpose: Boolean(filters.purpose), action: Boolean(filters.action), from: Boolean(filters.from), to: Boolean(filters.to) };
  const values = {
    subjectId: subject?.id,
    purpose: filters.purpose,
    action: filters.action,
    // Placeholders skip drizzle's column encoders: timestamps go to the driver as ISO text.
    from: filters.from?.toISOString(),
    to: filters.to?.toISOString(),
    limit: page.first + 1,
    ...(page.after ? afterCursorValues(page.after) : {}),
  };
  const rows = await eventPageWithTotal(db, { ...shape, after: Boolean(page.after) }, values);
  const events = rows.flatMap((row) => (row.event ? [row.event] : []));
  const { nodes: kept, pageInfo } = keysetPage(events, page.first, (event) => [event.cursorAt, event.id]);
  return {
    subjectFound: rows[0]?.found ?? false,
    nodes: kept.map(({ cursorAt: _cursorAt, ...event }): ConsentEventRow => event),
    totalCount: rows[0]?.total ?? 0,
    pageInfo,
  };
}

/** The latest event per candidate, purpose and case: what a state needs; built for one candidate or many. */
const latestCandidateStates = prebuiltQueryByShape((db, one: boolean) =>
  db
    .selectDistinctOn([consentEvents.candidateId, consentEvents.purpose, consentEvents.caseId], {
      id: consentEvents.id,
      candidateId: consentEvents.candidateId,
      purpose: consentEvents.purpose,
      caseId: consentEvents.caseId,
      action: consentEvents.action,
      occurredAt: consentEvents.occurredAt,
    })
    .from(consentEvents)
    .where(and(eq(consentEvents.subjectType, 'candidate'), matchesIds(consentEvents.candidateId, one)))
    .orderBy(asc(consentEvents.candidateId), asc(consentEvents.purpose), asc(consentEvents.caseId), ...latestFirst),
);

export const consentsByCandidate = defineLoader<string, ConsentStateRow[]>((ctx, ids) =>
  auditedRead(ctx, async (tx) => {
    const rows = await latestCandidateStates(tx, ids.length === 1, { ids: idsValue(ids) });
    await writeAudit(tx, ctx, {
      action: 'consent.current.read',
      entityType: 'consent_event',
      details: { candidateIds: [...ids], states: rows.length },
    });
    return byKey(ids, rows, (row) => row.candidateId ?? '', () => [], (group) =>
      group.map((row): ConsentStateRow => ({
        purpose: row.purpose,
        caseId: row.caseId,
        granted: row.action === 'granted',
        since: row.occurredAt,
        eventId: row.id,
        event: null,
      })),
    );
  }),
);

const eventsByIds = prebuiltQueryByShape((db, one: boolean) => db.select().from(consentEvents).where(matchesIds(consentEvents.id, one)));

/** Whole events by id (a state's `event` when its read did not carry it): one audited statement per batch. */
export const consentEventById = defineLoader<string, ConsentEventRow>((ctx, ids) =>
  auditedRead(ctx, async (tx) => {
    const rows = await eventsByIds(tx, ids.length === 1, { ids: idsValue(ids) });
    await writeAudit(tx, ctx, { action: 'consent.event.read', entityType: 'consent_event', details: { eventIds: rows.map((r) => r.id) } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    // Gone since the state was read (an erasure in between): that state's event is not found.
    return ids.map((id) => byId.get(id) ?? notFound('Consent event'));
  }),
);
