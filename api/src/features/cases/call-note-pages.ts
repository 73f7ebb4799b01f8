import { and, desc, eq, getTableColumns, lte, sql } from '@pvr/db/orm';
import { fieldsOf, idsValue, matchesIds, prebuiltQueryByShape, schema, type Queryable } from '@pvr/db';
import { writeAudit } from '../../audit/audit.ts';
import { auditedRead, batchedRead } from '../../audit/audited-reads.ts';
import type { RequestContext } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import { cursorTime, decodeCursor, keysetPage } from '../../shared/cursor.ts';
import { userColumns, usersById } from '../users/users.loaders.ts';
import { actorOf, staffNotes } from './case-access.ts';
import { casesById } from './case-loaders.ts';
import type { CallNoteRow } from './call-notes.service.ts';
import type { CaseRow } from './cases.service.ts';
import { noteRelationsWanted, startNoteRelations } from './note-relations.ts';

const { callNotes, cases, users } = schema;
type Partition = 'case' | 'candidate';
/** A fetched note with its cursor and how many notes its case or candidate has for this actor. */
export type PagedNote = CallNoteRow & { cursorAt: string; partitionTotal: number };

const partitionColumn = (by: Partition) => (by === 'case' ? callNotes.caseId : callNotes.candidateId);

/** Note columns for this actor: auditors never receive a body, not even inside the server. */
export function noteColumns(ctx: RequestContext) {
  return noteColumnsFor(actorOf(ctx).role === 'auditor');
}

function noteColumnsFor(auditor: boolean) {
  const { body, sensitiveOverrideReason: _reason, ...columns } = getTableColumns(callNotes);
  const bodyOrNull = auditor ? sql<string | null>`null::text` : sql<string | null>`${body}`;
  return { ...columns, body: bodyOrNull.as('body') };
}

function afterNoteValues(after: string) {
  const [at, id] = decodeCursor(after, 2);
  if (typeof at !== 'string' || typeof id !== 'string') throw badInput('after', 'after: not a cursor from this list');
  return { afterAt: at, afterId: id };
}

/**
 * What a note statement is built for — including whether for one case or candidate (`one`,
 * see `matchesIds`); the actor's id, the ids and the cursor are its values.
 */
type NoteShape = { by: Partition; one: boolean; staff: boolean; auditor: boolean; after: boolean };
const noteShapeOf = (ctx: RequestContext, by: Partition, ids: readonly string[], after: boolean): NoteShape => {
  const { role } = actorOf(ctx);
  return { by, one: ids.length === 1, staff: role === 'staff', auditor: role === 'auditor', after };
};
const ofIds = (shape: Pick<NoteShape, 'by' | 'one'>) => matchesIds(partitionColumn(shape.by), shape.one);

const rankedNotes = (db: Queryable, shape: NoteShape) => {
  const partition = partitionColumn(shape.by);
  const fields = {
    ...noteColumnsFor(shape.auditor),
    cursorAt: cursorTime(callNotes.occurredAt).as('cursor_at'),
    rank: sql<number>`row_number() over (partition by ${partition} order by ${callNotes.occurredAt} desc, ${callNotes.id} desc)`.as('rank'),
    // Every note the actor may reach in the partition (after the cursor, when there is one).
    partitionTotal: sql<number>`(count(*) over (partition by ${partition}))::int`.as('partition_total'),
  };
  const ranked = db
    .select(fields)
    .from(callNotes)
    .where(and(
      ofIds(shape),
      shape.staff ? staffNotes(db, sql.placeholder('actorId')) : undefined,
      shape.after ? sql`(${callNotes.occurredAt}, ${callNotes.id}) < (${sql.placeholder('afterAt')}::timestamptz, ${sql.placeholder('afterId')}::uuid)` : undefined,
    ))
    .as('ranked');
  return { ranked, keys: Object.keys(fields) as (keyof typeof fields)[] };
};

const rankedNotePages = prebuiltQueryByShape((db, shape: NoteShape) => {
  const { ranked } = rankedNotes(db, shape);
  return db.select().from(ranked).where(lte(ranked.rank, sql.placeholder('limit'))).orderBy(desc(ranked.occurredAt), desc(ranked.id));
});

/**
 * The same pages with each note's case and author, for a request that asks for both: no
 * statements of their own. A note the actor may reach is in a case they may reach
 * (`staffNotes`), so the case is the one `casesById` would give them.
 */
const rankedNotePagesWithRelations = prebuiltQueryByShape((db, shape: NoteShape) => {
  const { ranked, keys } = rankedNotes(db, shape);
  return db
    .select({ note: fieldsOf(ranked, keys), noteCase: getTableColumns(cases), author: userColumns })
    .from(ranked)
    .innerJoin(cases, eq(cases.id, ranked.caseId))
    .innerJoin(users, eq(users.id, ranked.authorId))
    .where(lte(ranked.rank, sql.placeholder('limit')))
    .orderBy(desc(ranked.occurredAt), desc(ranked.id));
});

/** The page's notes, with their cases and authors handed to the loaders when asked for. */
async function readNotePages(db: Queryable, ctx: RequestContext, shape: NoteShape, values: Record<string, unknown>) {
  if (!noteRelationsWanted(ctx, ['case', 'author'])) return rankedNotePages(db, shape, values);
  const rows = await rankedNotePagesWithRelations(db, shape, values);
  for (const { noteCase, author } of rows) {
    casesById(ctx).prime(noteCase.id, noteCase as CaseRow);
    usersById(ctx).prime(author.id, author);
  }
  return rows.map((row) => row.note);
}

/**
 * The newest `first + 1` notes of each case or candidate in one statement (a window per
 * partition), so a page of parents costs the same whatever its size.
 */
export async function fetchNotePages(tx: Queryable, ctx: RequestContext, by: Partition, ids: string[], first: number, after?: string | null) {
  const rows = await readNotePages(tx, ctx, noteShapeOf(ctx, by, ids, Boolean(after)), {
    ids: idsValue(ids),
    actorId: actorOf(ctx).id,
    limit: first + 1,
    ...(after ? afterNoteValues(after) : {}),
  });
  const pages = new Map(ids.map((id) => [id, [] as PagedNote[]]));
  for (const { rank: _rank, ...note } of rows) pages.get((by === 'case' ? note.caseId : note.candidateId) ?? '')?.push(note);
  return pages;
}

/**
 * How many notes the actor may reach in the case or candidate, from its first page (no cursor):
 * the page's window count, so the page and its total are one statement.
 */
export const totalOfFirstPage = (notes: PagedNote[]): number => notes[0]?.partitionTotal ?? 0;

/** A connection from `first + 1` fetched notes. */
export function toNoteConnection(notes: PagedNote[], first: number, totalCount: number) {
  const { nodes, pageInfo } = keysetPage(notes, first, (note) => [note.cursorAt, note.id]);
  return { nodes: nodes.map(({ cursorAt: _cursor, partitionTotal: _total, ...note }) => note as CallNoteRow), totalCount, pageInfo };
}

/** Reading notes is reading people's data: one audit entry per page, ids only. */
export async function auditNoteRead(tx: Queryable, ctx: RequestContext, by: Partition, ids: string[], notes: CallNoteRow[]) {
  const candidateIds = [...new Set(notes.flatMap((n) => (n.candidateId ? [n.candidateId] : [])))];
  const only = by === 'candidate' && ids.length === 1 ? ids[0] : undefined;
  await writeAudit(tx, ctx, {
    action: 'callNote.list',
    entityType: 'call_note',
    subject: only ? { type: 'candidate', id: only } : null,
    details: { [by === 'case' ? 'caseIds' : 'candidateIds']: ids, noteIds: [...new Set(notes.map((n) => n.id))], noteCandidateIds: candidateIds },
  });
}

type PageKey = { first: number; after: string | null; id: string };
export const pageKey = (key: PageKey) => JSON.stringify([key.first, key.after, key.id]);

/** Nested note pages (Case.callNotes, Candidate.callNotes): one statement per distinct page size. */
const definePageLoader = (by: Partition) =>
  defineLoader<string, PagedNote[]>(async (ctx, keys) => {
    const groups = new Map<string, { first: number; after: string | null; ids: string[] }>();
    for (const key of keys) {
      const [first, after, id] = JSON.parse(key) as [number, string | null, string];
      const groupKey = JSON.stringify([first, after]);
      const group = groups.get(groupKey) ?? { first, after, ids: [] };
      group.ids.push(id);
      groups.set(groupKey, group);
    }
    return auditedRead(ctx, async (tx) => {
      const found = new Map<string, PagedNote[]>();
      for (const { first, after, ids } of groups.values()) {
        const pages = await fetchNotePages(tx, ctx, by, ids, first, after);
        for (const id of ids) found.set(pageKey({ first, after, id }), pages.get(id) ?? []);
      }
      const ids = [...new Set([...groups.values()].flatMap((g) => g.ids))];
      const notes = [...found.values()].flat();
      startNoteRelations(ctx, notes);
      await auditNoteRead(tx, ctx, by, ids, notes);
      return keys.map((key) => found.get(key) ?? []);
    });
  });

export const notePagesByCase = definePageLoader('case');
export const notePagesByCandidate = definePageLoader('candidate');

const noteCounts = prebuiltQueryByShape((db, shape: Pick<NoteShape, 'by' | 'one' | 'staff'>) =>
  db
    .select({ key: partitionColumn(shape.by), n: sql<number>`count(*)::int` })
    .from(callNotes)
    .where(and(ofIds(shape), shape.staff ? staffNotes(db, sql.placeholder('actorId')) : undefined))
    .groupBy(partitionColumn(shape.by)),
);

/**
 * How many notes the actor may reach per case or candidate: one grouped statement, on `db` (a
 * transaction that needs it must pass itself: the embedded database has one connection).
 */
export async function countNotes(db: Queryable, ctx: RequestContext, by: Partition, ids: readonly string[]): Promise<number[]> {
  const actor = actorOf(ctx);
  const rows = await noteCounts(db, { by, one: ids.length === 1, staff: actor.role === 'staff' }, { ids: idsValue(ids), actorId: actor.id });
  return byKey(ids, rows, (r) => r.key ?? '', () => 0, ([row]) => row?.n ?? 0);
}

const defineCountLoader = (by: Partition) => defineLoader<string, number>((ctx, ids) => batchedRead(ctx, (db) => countNotes(db, ctx, by, ids)));

export const noteCountByCase = defineCountLoader('case');
export const noteCountByCandidate = defineCountLoader('candidate');
