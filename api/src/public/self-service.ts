import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@pvr/db';
import { schema } from '@pvr/db';
import { asc, desc, eq } from '@pvr/db/orm';
import { writeAudit } from '../audit/audit.ts';
import type { RequestContext } from '../context.ts';
import { enqueueEmail } from '../mail/outbox.ts';
import { parseInput } from '../validation.ts';
import { selfServiceLinkInput } from './public-inputs.ts';

const { candidates, candidateDocuments, candidateShares, consentEvents, selfServiceTokens } = schema;

/** "Min konto" links are valid for an hour; only the SHA-256 of the token is stored. */
export const selfServiceLinkLifetimeMs = 60 * 60_000;
const tokenShape = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Sends a "Min konto" link when a candidate has this address. Nothing tells the caller
 * whether one does: the answer is the same, and only a found candidate is audited.
 */
export async function requestSelfServiceLink(ctx: RequestContext, rawInput: unknown): Promise<void> {
  const { email } = parseInput(selfServiceLinkInput, rawInput);
  await ctx.db.transaction(async (tx) => {
    const [candidate] = await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.email, email));
    if (!candidate) return;
    const token = randomBytes(32).toString('base64url');
    const [row] = await tx
      .insert(selfServiceTokens)
      .values({ candidateId: candidate.id, tokenHash: hashOf(token), expiresAt: new Date(Date.now() + selfServiceLinkLifetimeMs) })
      .returning({ id: selfServiceTokens.id });
    const link = `${ctx.config.publicBaseUrl}/min-konto?token=${token}`;
    const outboxId = await enqueueEmail(tx, {
      kind: 'self_service_link',
      to: email,
      subject: 'Lenke til Min konto',
      text: [
        'Hei!',
        '',
        'Her er lenken til Min konto hos Aprimo Rådgivning AS. Der kan du se opplysningene vi har om deg, laste dem ned og slette dem.',
        '',
        link,
        '',
        'Lenken virker i 60 minutter. Ikke del den med andre: den gir tilgang til opplysningene dine.',
        'Har du ikke bedt om denne lenken, kan du se bort fra e-posten.',
        '',
        'Vennlig hilsen',
        'Aprimo Rådgivning AS',
      ].join('\n'),
    });
    await writeAudit(tx, ctx, {
      action: 'selfService.link',
      entityType: 'self_service_token',
      entityId: row?.id ?? null,
      subject: { type: 'candidate', id: candidate.id },
      details: { outboxId },
    });
  });
}

export type TokenCheck =
  | { status: 'valid'; tokenId: string; candidateId: string }
  | { status: 'malformed' | 'unknown' | 'expired' | 'used' };

/** Finds the candidate a link belongs to; unknown covers tampered tokens and erased candidates. */
export async function checkSelfServiceToken(db: Database, token: unknown, now: Date = new Date()): Promise<TokenCheck> {
  if (typeof token !== 'string' || !tokenShape.test(token)) return { status: 'malformed' };
  const [row] = await db.select().from(selfServiceTokens).where(eq(selfServiceTokens.tokenHash, hashOf(token)));
  if (!row) return { status: 'unknown' };
  if (row.usedAt) return { status: 'used' };
  if (row.expiresAt.getTime() <= now.getTime()) return { status: 'expired' };
  return { status: 'valid', tokenId: row.id, candidateId: row.candidateId };
}

/** What the "Min konto" page shows; the download holds everything. The read is audited. */
export async function loadSelfServiceView(ctx: RequestContext, access: { tokenId: string; candidateId: string }) {
  return ctx.db.transaction(async (tx) => {
    const [candidate] = await tx.select().from(candidates).where(eq(candidates.id, access.candidateId));
    if (!candidate) return null;
    const documents = await tx
      .select({ fileName: candidateDocuments.fileName, version: candidateDocuments.version, byteSize: candidateDocuments.byteSize, uploadedAt: candidateDocuments.uploadedAt })
      .from(candidateDocuments)
      .where(eq(candidateDocuments.candidateId, candidate.id))
      .orderBy(asc(candidateDocuments.version));
    const consents = await tx
      .select({ purpose: consentEvents.purpose, action: consentEvents.action, occurredAt: consentEvents.occurredAt, method: consentEvents.method })
      .from(consentEvents)
      .where(eq(consentEvents.candidateId, candidate.id))
      .orderBy(desc(consentEvents.occurredAt));
    const shares = await tx
      .select({ recipient: candidateShares.recipient, sharedAt: candidateShares.sharedAt })
      .from(candidateShares)
      .where(eq(candidateShares.candidateId, candidate.id))
      .orderBy(desc(candidateShares.sharedAt));
    await writeAudit(tx, ctx, {
      action: 'selfService.view',
      entityType: 'candidate',
      entityId: candidate.id,
      subject: { type: 'candidate', id: candidate.id },
      details: { tokenId: access.tokenId, documents: documents.length, consentEvents: consents.length, shares: shares.length },
    });
    return { candidate, documents, consents, shares };
  });
}

export type SelfServiceView = NonNullable<Awaited<ReturnType<typeof loadSelfServiceView>>>;
