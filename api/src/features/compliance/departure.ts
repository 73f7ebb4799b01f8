import { schema } from '@pvr/db';
import { and, eq, isNull } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import type { RequestContext } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { addDays, osloToday } from '../../shared/oslo-dates.ts';
import { disableUser, type UserRow } from '../users/users.service.ts';
import { departureChecklistDays, markUserDepartedInput } from './compliance.inputs.ts';
import { keepComplianceTasksCurrent } from './task-upkeep.ts';

const { complianceTasks, users } = schema;

/**
 * Someone left the firm: their account is disabled and every session ended (the users service's
 * own disableUser, with its rules: not yourself, never the last partner), their last working day
 * recorded, and the departure checklist opened — all in one transaction.
 */
export async function markUserDeparted(ctx: RequestContext, rawInput: unknown): Promise<UserRow> {
  const input = parseInput(markUserDepartedInput, rawInput);
  const today = osloToday();
  if (input.departedOn > today) throw badInput('departedOn', 'Mark the departure on or after the last working day');
  return ctx.db.transaction(async (tx) => {
    // disableUser opens its own transaction; on this handle it becomes a savepoint of this one.
    const user = await disableUser({ ...ctx, db: tx }, { userId: input.userId });
    await tx.update(users).set({ departedOn: input.departedOn }).where(eq(users.id, input.userId));
    // A corrected date moves the open checklist's due date with it.
    await tx
      .update(complianceTasks)
      .set({ dueOn: addDays(input.departedOn, departureChecklistDays) })
      .where(and(eq(complianceTasks.kind, 'departure_checklist'), eq(complianceTasks.userId, input.userId), isNull(complianceTasks.attestedAt)));
    await writeAudit(tx, ctx, { action: 'user.markDeparted', entityType: 'user', entityId: input.userId, details: { departedOn: input.departedOn } });
    await keepComplianceTasksCurrent(tx, ctx, today);
    return user;
  });
}
