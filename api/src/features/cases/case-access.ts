import { and, eq, exists, inArray, or, sql, type Placeholder, type SQL } from '@pvr/db/orm';
import { schema, type Database } from '@pvr/db';
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
  return actor.role === 'staff' ? staffCases(ctx.db, actor.id) : undefined;
}

/** The call notes the actor may reach: those in the cases they may reach. */
export function visibleNotes(ctx: RequestContext): SQL | undefined {
  const actor = actorOf(ctx);
  return actor.role === 'staff' ? staffNotes(ctx.db, actor.id) : undefined;
}

/**
 * The same rules for a staff member given as a value or as `sql.placeholder('actorId')`, for
 * statements built once per shape (prebuiltQuery): whether the rule applies is the shape.
 */
export function staffCases(db: Pick<Database, 'select'>, actorId: string | Placeholder<string>): SQL {
  const isMember = db
    .select({ one: sql`1` })
    .from(caseMembers)
    .where(and(eq(caseMembers.caseId, cases.id), eq(caseMembers.userId, actorId)));
  return or(eq(cases.responsiblePartnerId, actorId), exists(isMember)) as SQL;
}

export const staffNotes = (db: Pick<Database, 'select'>, actorId: string | Placeholder<string>): SQL =>
  inArray(callNotes.caseId, db.select({ id: cases.id }).from(cases).where(staffCases(db, actorId)));

