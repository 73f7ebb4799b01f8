import type { Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { writeAudit } from '../../audit/audit.ts';
import { auditedRead } from '../../audit/audited-reads.ts';
import { requireActor, type RequestContext } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { retryTransaction } from '../../shared/retry-transaction.ts';
import { parseInput } from '../../validation.ts';
import { deleteSubscriberWithConsents } from '../newsletter/subscriber-removal.ts';
import { eraseSubject } from '../subject-data/erasure.ts';
import {
  currentStates,
  pageOfEvents,
  stateAsOf,
  type ConsentEventRow,
  type ConsentStateRow,
} from './consent-queries.ts';
import {
  consentAsOfInput,
  consentHistoryInput,
  currentConsentsInput,
  recentConsentEventsInput,
  recordConsentInput,
  type ConsentSubject,
} from './consents.inputs.ts';

export type { ConsentEventRow, ConsentStateRow } from './consent-queries.ts';
export { consentEventById, consentsByCandidate } from './consent-queries.ts';

const { candidates, cases, consentEvents, subscribers } = schema;

/** NOT_FOUND for an unknown candidate or subscriber; a person by email has no record to check. */
async function requireSubject(tx: Transaction, subject: ConsentSubject, lock = false): Promise<void> {
  if (subject.type === 'candidate') {
    const [row] = await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.id, subject.id));
    if (!row) throw notFound('Candidate');
  } else if (subject.type === 'subscriber') {
    const query = tx.select({ id: subscribers.id }).from(subscribers).where(eq(subscribers.id, subject.id));
    // A withdrawal may delete the row: lock it so two withdrawals cannot race.
    const [row] = lock ? await query.for('update') : await query;
    if (!row) throw notFound('Subscriber');
  }
}

async function requireCase(tx: Transaction, caseId: string | null): Promise<void> {
  if (!caseId) return;
  const [row] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId));
  if (!row) throw notFound('Case');
}

/** Appends one event. Withdrawing newsletter for a subscriber deletes the subscriber in the same transaction. */
export async function recordConsent(ctx: RequestContext, rawInput: unknown): Promise<ConsentEventRow> {
  const input = parseInput(recordConsentInput, rawInput);
  const actor = requireActor(ctx);
  const { subject } = input;
  const removesSubscriber = subject.type === 'subscriber' && input.purpose === 'newsletter' && input.action === 'withdrawn';
  return retryTransaction(ctx.db, async (tx) => {
    await requireSubject(tx, subject, removesSubscriber);
    await requireCase(tx, input.caseId);
    const [event] = await tx
      .insert(consentEvents)
      .values({
        subjectType: subject.type,
        candidateId: subject.type === 'candidate' ? subject.id : null,
        subscriberId: subject.type === 'subscriber' ? subject.id : null,
        personEmail: subject.type === 'person' ? subject.id : null,
        personName: input.personName,
        purpose: input.purpose,
        caseId: input.caseId,
        action: input.action,
        occurredAt: input.occurredAt,
        method: input.method,
        evidenceForm: input.evidenceForm,
        evidenceStatementVersion: input.evidenceStatementVersion,
        evidenceNote: input.evidenceNote,
        recordedBy: actor.id,
      })
      .returning();
    if (!event) throw new Error('insert returned no row');
    await writeAudit(tx, ctx, {
      action: 'consent.record',
      entityType: 'consent_event',
      entityId: event.id,
      subject,
      details: { purpose: event.purpose, action: event.action, method: event.method, caseId: event.caseId, subscriberRemoved: removesSubscriber },
    });
    if (removesSubscriber) {
      const removal = await deleteSubscriberWithConsents(tx, subject.id);
      await writeAudit(tx, ctx, {
        action: 'subscriber.remove',
        entityType: 'subscriber',
        entityId: subject.id,
        subject,
        details: { reason: 'newsletter_withdrawn', consentEvents: removal.consentEvents },
      });
    }
    // Withdrawing candidate_registry erases the candidate in this same transaction (DOMAIN.md § 2);
    // the withdrawal event goes with the rest of their consent history, the audit entries remain.
    if (subject.type === 'candidate' && input.purpose === 'candidate_registry' && input.action === 'withdrawn') {
      await eraseSubject(ctx, { candidateId: subject.id }, { tx, reason: 'consent_withdrawn' });
    }
    return event;
  }, { ctx });
}

export async function listConsentHistory(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(consentHistoryInput, rawArgs);
  return auditedRead(ctx, async (tx) => {
    const { subjectFound, ...page } = await pageOfEvents(tx, { subject: args.subject, filters: args }, args);
    // A subject that is not there refuses the read (no entry).
    if (!subjectFound) throw notFound(args.subject.type === 'candidate' ? 'Candidate' : 'Subscriber');
    await writeAudit(tx, ctx, {
      action: 'consent.history.read',
      entityType: 'consent_event',
      subject: args.subject,
      details: { eventIds: page.nodes.map((n) => n.id), purpose: args.purpose ?? null, action: args.action ?? null },
    });
    return page;
  });
}

export async function getCurrentConsents(ctx: RequestContext, rawArgs: unknown): Promise<ConsentStateRow[]> {
  const args = parseInput(currentConsentsInput, rawArgs);
  return ctx.db.transaction(async (tx) => {
    await requireSubject(tx, args.subject);
    const states = await currentStates(tx, args.subject);
    await writeAudit(tx, ctx, {
      action: 'consent.current.read',
      entityType: 'consent_event',
      subject: args.subject,
      details: { states: states.length },
    });
    return states;
  });
}

export async function getConsentAsOf(ctx: RequestContext, rawArgs: unknown): Promise<ConsentStateRow | null> {
  const args = parseInput(consentAsOfInput, rawArgs);
  return ctx.db.transaction(async (tx) => {
    await requireSubject(tx, args.subject);
    await requireCase(tx, args.caseId);
    const state = await stateAsOf(tx, args);
    await writeAudit(tx, ctx, {
      action: 'consent.asOf.read',
      entityType: 'consent_event',
      entityId: state?.eventId ?? null,
      subject: args.subject,
      details: { purpose: args.purpose, caseId: args.caseId, at: args.at.toISOString(), found: Boolean(state) },
    });
    return state;
  });
}

/** Events across all subjects, for the review page. */
export async function listRecentConsentEvents(ctx: RequestContext, rawArgs: unknown) {
  const args = parseInput(recentConsentEventsInput, rawArgs);
  return ctx.db.transaction(async (tx) => {
    const { subjectFound: _always, ...page } = await pageOfEvents(tx, { filters: args }, args);
    await writeAudit(tx, ctx, {
      action: 'consent.list',
      entityType: 'consent_event',
      details: { eventIds: page.nodes.map((n) => n.id), filtered: Boolean(args.purpose || args.action || args.from || args.to) },
    });
    return page;
  });
}
