import { and, eq, exists, inArray, or, sql, type Column, type SQL } from '@pvr/db/orm';
import { schema } from '@pvr/db';
import type { Actor, RequestContext } from '../../context.ts';
import { unauthenticated } from '../../errors.ts';

const { cases, caseMembers, callNotes } = schema;

export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/**
 * The cases the actor may reach, as a WHERE condition on `cases`: staff only those they are a
 * member of or responsible for; partners and auditors all (undefined = no limit).
 */
export function visibleCases(ctx: RequestContext): SQL | undefined {
  const actor = actorOf(ctx);
  if (actor.role !== 'staff') return undefined;
  const isMember = ctx.db
    .select({ one: sql`1` })
    .from(caseMembers)
    .where(and(eq(caseMembers.caseId, cases.id), eq(caseMembers.userId, actor.id)));
  return or(eq(cases.responsiblePartnerId, actor.id), exists(isMember));
}

/** The call notes the actor may reach: those in the cases they may reach. */
export function visibleNotes(ctx: RequestContext): SQL | undefined {
  const caseRule = visibleCases(ctx);
  if (!caseRule) return undefined;
  return inArray(callNotes.caseId, ctx.db.select({ id: cases.id }).from(cases).where(caseRule));
}

/**
 * A timestamp as text with microseconds, for keyset cursors: a JS Date keeps only
 * milliseconds, and a truncated cursor would skip rows in the same millisecond.
 */
export const cursorTime = (column: Column) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
