import { schema, type Transaction } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import type { RequestContext } from '../../context.ts';
import { conflict, notFound } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { addCalendarDays, daysLeftOf, deadlineOf, isOpen, pausedDaysBetween } from './deadlines.ts';
import { osloToday } from '../../shared/oslo-dates.ts';
import {
  assignRequestHandlerInput,
  completeRequestInput,
  extendRequestDeadlineInput,
  refuseRequestInput,
  requestIdInput,
} from './requests.inputs.ts';
import { requireHandler, subjectOf, type RequestRow } from './requests.service.ts';

const { dataSubjectRequests: requests } = schema;
type Changes = Partial<typeof requests.$inferInsert>;

/**
 * One step in a request's life. `refusal` says in plain words why the step cannot be taken
 * now (→ CONFLICT), or null; `changes` is what the step writes.
 */
type Step = {
  action: string;
  refusal: (row: RequestRow, today: string) => string | null;
  changes: (row: RequestRow, now: Date) => Changes;
  /** Checks of other records, inside the same transaction. */
  prepare?: (tx: Transaction) => Promise<void>;
  details?: (before: RequestRow, after: RequestRow) => Record<string, unknown>;
};

const closed = (row: RequestRow) => (isOpen(row) ? null : `The request is already ${row.status}; it can no longer change`);

/** Locks the request, checks the step is allowed, writes it and its audit entry in one transaction. */
async function takeStep(ctx: RequestContext, id: string, step: Step): Promise<RequestRow> {
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(requests).where(eq(requests.id, id)).for('update');
    if (!before) throw notFound('Request');
    const refusal = step.refusal(before, osloToday());
    if (refusal) throw conflict(refusal, 'id');
    await step.prepare?.(tx);
    const [after] = await tx.update(requests).set(step.changes(before, new Date())).where(eq(requests.id, id)).returning();
    if (!after) throw notFound('Request');
    await writeAudit(tx, ctx, {
      action: step.action,
      entityType: 'data_subject_request',
      entityId: id,
      subject: subjectOf(after),
      details: { from: before.status, to: after.status, ...step.details?.(before, after) },
    });
    return after;
  });
}

const idOf = (rawId: unknown) => parseInput(requestIdInput, { id: rawId }).id;

export function requestIdentityVerification(ctx: RequestContext, rawId: unknown) {
  return takeStep(ctx, idOf(rawId), {
    action: 'request.identity.request',
    refusal: (row, today) =>
      closed(row) ??
      (row.status !== 'received' ? 'The requester’s identity is already verified' : null) ??
      (row.identityRequestedAt ? 'Proof of identity was already asked for; record it with verifyIdentity when it arrives' : null) ??
      ((daysLeftOf(row, today) ?? 0) < 0 ? 'The deadline has passed; asking for proof of identity now cannot stop the clock' : null),
    changes: (_row, now) => ({ identityRequestedAt: now }),
  });
}

/** The days paused move the deadline (and the extended one), so the requester loses no time. */
export function verifyIdentity(ctx: RequestContext, rawId: unknown) {
  return takeStep(ctx, idOf(rawId), {
    action: 'request.identity.verify',
    refusal: (row) => closed(row) ?? (row.status !== 'received' ? 'The requester’s identity is already verified' : null),
    changes: (row, now) => {
      const paused = row.identityRequestedAt ? pausedDaysBetween(row.identityRequestedAt, now) : 0;
      return {
        status: 'identity_verified',
        identityVerifiedAt: now,
        pausedDays: row.pausedDays + paused,
        dueOn: addCalendarDays(row.dueOn, paused),
        extendedDueOn: row.extendedDueOn ? addCalendarDays(row.extendedDueOn, paused) : null,
      };
    },
    details: (before, after) => ({ pausedDays: after.pausedDays - before.pausedDays, dueOn: after.dueOn, extendedDueOn: after.extendedDueOn }),
  });
}

export function startRequestWork(ctx: RequestContext, rawId: unknown) {
  return takeStep(ctx, idOf(rawId), {
    action: 'request.start',
    refusal: (row) =>
      closed(row) ??
      (row.status === 'received' ? 'Verify the requester’s identity before starting work on the request' : null) ??
      (row.status === 'in_progress' ? 'Work on this request has already started' : null),
    changes: () => ({ status: 'in_progress' }),
  });
}

/** Art. 12(3): once, by two further months, decided and told to the requester within the first month. */
export function extendRequestDeadline(ctx: RequestContext, rawArgs: unknown) {
  const { id, reason } = parseInput(extendRequestDeadlineInput, rawArgs);
  return takeStep(ctx, id, {
    action: 'request.extend',
    refusal: (row, today) =>
      closed(row) ??
      (row.extendedDueOn ? 'The deadline was already extended once; it can be extended only once' : null) ??
      ((daysLeftOf(row, today) ?? 0) < 0 ? 'The one-month deadline has passed; an extension must be decided within it' : null),
    changes: (row) => ({ extendedDueOn: deadlineOf(row.receivedOn, row.pausedDays, true), extensionReason: reason }),
    details: (_before, after) => ({ extendedDueOn: after.extendedDueOn }),
  });
}

export function completeRequest(ctx: RequestContext, rawArgs: unknown) {
  const { id, resolution } = parseInput(completeRequestInput, rawArgs);
  return takeStep(ctx, id, {
    action: 'request.complete',
    refusal: (row) => closed(row) ?? (row.status !== 'in_progress' ? 'Start work on the request before completing it' : null),
    changes: (_row, now) => ({ status: 'completed', resolution, completedAt: now }),
  });
}

/** An open request may be refused at any point (e.g. identity never proven), always with a reason. */
export function refuseRequest(ctx: RequestContext, rawArgs: unknown) {
  const { id, reason } = parseInput(refuseRequestInput, rawArgs);
  return takeStep(ctx, id, {
    action: 'request.refuse',
    refusal: closed,
    changes: (_row, now) => ({ status: 'refused', refusalReason: reason, completedAt: now }),
  });
}

export function assignRequestHandler(ctx: RequestContext, rawArgs: unknown) {
  const { id, userId } = parseInput(assignRequestHandlerInput, rawArgs);
  return takeStep(ctx, id, {
    action: 'request.assign',
    refusal: closed,
    prepare: (tx) => requireHandler(tx, userId, 'userId'),
    changes: () => ({ handlerId: userId }),
    details: (before, after) => ({ previousHandlerId: before.handlerId, handlerId: after.handlerId }),
  });
}
