import { randomUUID } from 'node:crypto';
import { and, eq, sql } from '@pvr/db/orm';
import { schema } from '@pvr/db';
import { endingWithAudit } from '../../audit/audit.ts';
import { auditedRead, refusedWithParent } from '../../audit/audited-reads.ts';
import type { RequestContext } from '../../context.ts';
import { badInput, conflict, forbidden, notFound } from '../../errors.ts';
import { retryTransactionEndingWith } from '../../shared/retry-transaction.ts';
import { parseInput } from '../../validation.ts';
import { assertNoUnexplainedSensitiveData } from '../compliance/sensitive-text.ts';
import { actorOf, visibleCases } from './case-access.ts';
import { casesById } from './case-loaders.ts';
import {
  auditNoteRead,
  countNotes,
  fetchNotePages,
  noteColumns,
  noteCountByCandidate,
  noteCountByCase,
  notePagesByCandidate,
  notePagesByCase,
  pageKey,
  toNoteConnection,
  totalOfFirstPage,
} from './call-note-pages.ts';
import { callNoteListInput, logCallNoteInput, nestedNotesInput } from './call-notes.inputs.ts';

const { cases, callNotes, candidates } = schema;

/** A call note as the API hands it on; `body` is null for auditors. */
export type CallNoteRow = Omit<typeof callNotes.$inferSelect, 'body' | 'sensitiveOverrideReason'> & { body: string | null };

/** The person a note is about: its candidate when there is one, else the note's other party. */
const subjectOf = (note: { id: string; candidateId: string | null }) =>
  note.candidateId ? { type: 'candidate', id: note.candidateId } : { type: 'call_note', id: note.id };

/**
 * Logs a call right after it ended. The case is required: no call log outside a case.
 *
 * Two round trips after BEGIN: the case check, the candidate's activity and the insert go out
 * together, then the audit insert with the COMMIT. Whatever order PostgreSQL meets them in, the
 * case is locked FOR SHARE before the commit (it cannot be closed under the note) and a refused
 * check rolls the insert back with the transaction. The note's id is made here so the audit
 * entry needs no answer first. The case read for the check is the one the answer's `case` asks.
 */
export async function logCallNote(ctx: RequestContext, rawInput: unknown): Promise<CallNoteRow> {
  const { sensitiveOverrideReason, ...input } = parseInput(logCallNoteInput, rawInput);
  // An identity number or special-category data needs a reason; the reason is kept, never logged.
  const { overridden } = assertNoUnexplainedSensitiveData('body', input.body, sensitiveOverrideReason);
  const actor = actorOf(ctx);
  const noteId = randomUUID();
  const { note, noteCase } = await retryTransactionEndingWith(ctx.db, async (tx) => {
    const [found, touched, inserted] = await Promise.allSettled([
      tx.select().from(cases).where(and(eq(cases.id, input.caseId), visibleCases(ctx))).for('share'),
      input.candidateId
        ? tx
            .update(candidates)
            .set({ lastActivityAt: sql`greatest(${candidates.lastActivityAt}, ${input.occurredAt.toISOString()}::timestamptz)` })
            .where(eq(candidates.id, input.candidateId))
            .returning({ id: candidates.id })
        : Promise.resolve([]),
      tx
        .insert(callNotes)
        .values({ ...input, id: noteId, authorId: actor.id, sensitiveOverrideReason: overridden ? sensitiveOverrideReason : null })
        .returning(noteColumns(ctx)),
    ]);
    // In the order a caller can act on: an unknown case before a missing candidate (whose
    // insert then failed on its foreign key) before anything else.
    const [target] = settledValue(found);
    if (!target) throw notFound('Case');
    if (target.status !== 'open') throw conflict('The case is closed; reopen it before logging a call', 'caseId');
    if (input.candidateId && settledValue(touched).length === 0) throw badInput('candidateId', 'Candidate not found');
    const [note] = settledValue(inserted);
    if (!note) throw new Error('insert returned no row');
    return endingWithAudit(tx, ctx, { note, noteCase: target }, {
      action: 'callNote.log',
      entityType: 'call_note',
      entityId: note.id,
      subject: subjectOf(note),
      details: { caseId: note.caseId, candidateId: note.candidateId, direction: note.direction, ...(overridden ? { sensitiveOverride: true } : {}) },
    });
  }, { ctx });
  casesById(ctx).prime(noteCase.id, noteCase);
  return note;
}

const settledValue = <T>(outcome: PromiseSettledResult<T>): T => {
  if (outcome.status === 'rejected') throw outcome.reason;
  return outcome.value;
};

/**
 * A page of one case's notes, newest call first. An unreachable case is NOT_FOUND. An audited
 * read: no transaction, the entry goes with other requests' in one insert (group-commit.ts).
 */
export async function listCallNotes(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(callNoteListInput, rawArgs);
  return auditedRead(ctx, async (tx) => {
    const [found] = await tx.select({ id: cases.id }).from(cases).where(and(eq(cases.id, args.caseId), visibleCases(ctx)));
    if (!found) throw notFound('Case');
    const notes = (await fetchNotePages(tx, ctx, 'case', [args.caseId], args.first, args.after)).get(args.caseId) ?? [];
    // A first page carries its total; after a cursor the window counts only what follows it.
    const total = args.after ? ((await countNotes(tx, ctx, 'case', [args.caseId]))[0] ?? 0) : totalOfFirstPage(notes);
    const connection = toNoteConnection(notes, args.first, total);
    await auditNoteRead(tx, ctx, 'case', [args.caseId], connection.nodes);
    return connection;
  });
}

/** Auditors see that a call happened, never what was said. */
export function callNoteBody(ctx: RequestContext, note: CallNoteRow): string | null {
  if (actorOf(ctx).role === 'auditor') throw forbidden('Call-note text is not shown to auditors');
  return note.body;
}

/** Case.callNotes: batched over every case on the page; a first page carries its own total. */
export async function caseCallNotes(ctx: RequestContext, caseId: string, rawArgs: unknown) {
  const { first, after } = parseInput(nestedNotesInput, rawArgs);
  const page = notePagesByCase(ctx).load(pageKey({ first, after: after ?? null, id: caseId }));
  const [notes, total] = await Promise.all([page, after ? noteCountByCase(ctx).load(caseId) : page.then(totalOfFirstPage)]);
  return toNoteConnection(notes, first, total);
}

const candidateNotePage = (ctx: RequestContext, candidateId: string, rawArgs: unknown) => {
  const { first } = parseInput(nestedNotesInput, rawArgs);
  return { first, notes: notePagesByCandidate(ctx).load(pageKey({ first, after: null, id: candidateId })) };
};

/** Candidate.callNotes: the newest notes about the candidate in cases the actor may reach. */
export async function candidateCallNotes(ctx: RequestContext, candidateId: string, rawArgs: unknown): Promise<CallNoteRow[]> {
  const { first, notes } = candidateNotePage(ctx, candidateId, rawArgs);
  return toNoteConnection(await notes, first, 0).nodes;
}

/**
 * Starts Candidate.callNotes ahead of GraphQL (candidates/nested-reads.ts) and answers
 * Candidate.callNoteCount from the same statement's window count instead of a statement of its
 * own. Should the page be refused, the count is read as it would have been.
 */
export function startCandidateNotesWithCount(ctx: RequestContext, candidateId: string, rawArgs: unknown): Promise<unknown> {
  const { notes } = candidateNotePage(ctx, candidateId, rawArgs);
  const count = notes.then(totalOfFirstPage, async (error: unknown) => {
    // Refused with the candidate itself: no field under it will be answered, so nothing to count.
    if (refusedWithParent(error)) throw error;
    return (await countNotes(ctx.db, ctx, 'candidate', [candidateId]))[0] ?? 0;
  });
  // Its rejection is the field's to report, if the field is asked at all (not when the candidate
  // was refused): without a handler here it would be an unhandled rejection, which ends the process.
  count.catch(() => undefined);
  noteCountByCandidate(ctx).prime(candidateId, count);
  return notes;
}
