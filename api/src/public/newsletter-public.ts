import { schema } from '@pvr/db';
import { eq, inArray } from '@pvr/db/orm';
import { writeAudit } from '../audit/audit.ts';
import type { RequestContext } from '../context.ts';
import { deleteSubscriberWithConsents } from '../features/newsletter/subscriber-removal.ts';
import { enqueueEmail } from '../mail/outbox.ts';
import { parseInput } from '../validation.ts';
import { confirmationEmail } from './newsletter-mail.ts';
import { bounceInput, publicForms, subscribeInput } from './public-inputs.ts';
import { verifyLink } from './signed-links.ts';

const { consentEvents, subscribers } = schema;
const subjectOf = (id: string) => ({ type: 'subscriber', id });

/**
 * Sign-up from the website (double opt-in): a pending subscriber and a confirmation mail.
 * A pending address gets the mail again; an active one gets nothing. The caller's answer is
 * the same in every case, so it never tells whether an address is on the list.
 */
export async function subscribeFromWebsite(ctx: RequestContext, rawInput: unknown): Promise<void> {
  const { email } = parseInput(subscribeInput, rawInput);
  await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(subscribers)
      .values({ email, status: 'pending', source: 'web_form' })
      .onConflictDoNothing({ target: subscribers.email })
      .returning({ id: subscribers.id, status: subscribers.status });
    const row = created ?? (await tx.select({ id: subscribers.id, status: subscribers.status }).from(subscribers).where(eq(subscribers.email, email)).for('update'))[0];
    if (!row || row.status === 'active') return;
    const outboxId = await enqueueEmail(tx, confirmationEmail(ctx.config, row.id, email));
    await writeAudit(tx, ctx, {
      action: created ? 'subscriber.subscribe' : 'subscriber.confirmationResent',
      entityType: 'subscriber',
      entityId: row.id,
      subject: subjectOf(row.id),
      details: { source: 'web_form', outboxId },
    });
  });
}

export type ConfirmOutcome = 'confirmed' | 'already_confirmed' | 'invalid' | 'gone';

/**
 * The confirmation link: the subscriber becomes active and the newsletter consent is recorded
 * with its evidence (form, statement version, anonymised IP of the click), by nobody on staff.
 */
export async function confirmSubscription(ctx: RequestContext, token: unknown): Promise<ConfirmOutcome> {
  const link = verifyLink(ctx.secretKey, 'newsletter-confirm', token);
  if (!link.valid) return link.reason === 'expired' ? 'gone' : 'invalid';
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(subscribers).where(eq(subscribers.id, link.subjectId)).for('update');
    if (!row) return 'gone';
    if (row.status === 'active') return 'already_confirmed';
    const now = new Date();
    await tx.update(subscribers).set({ status: 'active', confirmedAt: now }).where(eq(subscribers.id, row.id));
    const [event] = await tx
      .insert(consentEvents)
      .values({
        subjectType: 'subscriber',
        subscriberId: row.id,
        purpose: 'newsletter',
        action: 'granted',
        occurredAt: now,
        method: 'web_form',
        evidenceForm: publicForms.newsletterSignup,
        evidenceStatementVersion: ctx.config.privacyStatementVersion,
        evidenceIpAnonymised: ctx.ipAnonymised,
        recordedBy: null,
      })
      .returning({ id: consentEvents.id });
    await writeAudit(tx, ctx, {
      action: 'subscriber.confirm',
      entityType: 'subscriber',
      entityId: row.id,
      subject: subjectOf(row.id),
      details: { consentEventId: event?.id ?? null },
    });
    return 'confirmed';
  });
}

/** Checks an unsubscribe link without changing anything (the page with one button). */
export function unsubscribeLinkIsValid(ctx: RequestContext, token: unknown): boolean {
  return verifyLink(ctx.secretKey, 'newsletter-unsubscribe', token).valid;
}

/**
 * One-click unsubscribe (RFC 8058): deletes the subscriber and its consent events at once.
 * Idempotent: an address already gone answers the same. Null for a link that does not verify.
 */
export async function unsubscribe(ctx: RequestContext, token: unknown): Promise<{ removed: boolean } | null> {
  const link = verifyLink(ctx.secretKey, 'newsletter-unsubscribe', token);
  if (!link.valid) return null;
  return ctx.db.transaction(async (tx) => {
    const removal = await deleteSubscriberWithConsents(tx, link.subjectId);
    if (removal.removed) {
      await writeAudit(tx, ctx, {
        action: 'subscriber.remove',
        entityType: 'subscriber',
        entityId: link.subjectId,
        subject: subjectOf(link.subjectId),
        details: { reason: 'unsubscribed', consentEvents: removal.consentEvents },
      });
    }
    return { removed: removal.removed };
  });
}

/**
 * Bounce reports from the mail provider: a hard bounce deletes the address ("E-postadressen
 * slettes også om vi får tilbakemelding om at den ikke er aktiv"); soft bounces are counted only.
 */
export async function recordBounces(ctx: RequestContext, rawInput: unknown) {
  const bounces = parseInput(bounceInput, rawInput);
  const hard = [...new Set(bounces.filter((b) => b.kind === 'hard').map((b) => b.email))];
  const soft = bounces.length - bounces.filter((b) => b.kind === 'hard').length;
  const removedIds = hard.length === 0 ? [] : await ctx.db.transaction(async (tx) => {
    const found = await tx.select({ id: subscribers.id }).from(subscribers).where(inArray(subscribers.email, hard)).for('update');
    const removed: string[] = [];
    for (const { id } of found) {
      const removal = await deleteSubscriberWithConsents(tx, id);
      if (!removal.removed) continue;
      removed.push(id);
      await writeAudit(tx, ctx, {
        action: 'subscriber.remove',
        entityType: 'subscriber',
        entityId: id,
        subject: subjectOf(id),
        details: { reason: 'hard_bounce', consentEvents: removal.consentEvents },
      });
    }
    return removed;
  });
  return { received: bounces.length, hard: hard.length, removed: removedIds.length, softIgnored: soft };
}
