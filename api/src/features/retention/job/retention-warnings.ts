import { schema, type Transaction } from '@pvr/db';
import { asc, inArray, sql } from '@pvr/db/orm';
import type { RequestContext } from '../../../context.ts';
import { enqueueEmail } from '../../../mail/outbox.ts';
import { auditBatch } from './audit-batch.ts';
import { activityClock, deletionDate, dueForWarning } from './inactive-candidates.ts';
import { instant, type Db, type RetentionRuleRow } from './types.ts';

const { candidates } = schema;

const osloDate = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric' });

/** The warning, in Norwegian. No name: the address is all the mail needs, and all it repeats. */
export function retentionWarningText(deleteOn: Date, publicBaseUrl: string): { subject: string; text: string } {
  return {
    subject: 'Opplysningene dine i kandidatregisteret blir slettet',
    text: [
      'Hei!',
      '',
      `Du er registrert i kandidatregisteret til Aprimo Rådgivning AS, men vi har ikke hatt kontakt på lenge. Vi tar ikke vare på opplysninger lenger enn vi trenger dem, så CV-en og de andre opplysningene dine blir slettet ${osloDate.format(deleteOn)}.`,
      '',
      'Vil du fortsatt være registrert? Gå til Min konto, be om en innloggingslenke og forny samtykket ditt — da flyttes fristen fram:',
      `${publicBaseUrl}/min-konto`,
      '',
      'Du kan også svare på denne e-posten eller kontakte en av partnerne. Gjør du ingenting, sletter vi alt automatisk, og du trenger ikke gjøre noe mer.',
      '',
      'Vennlig hilsen',
      'Aprimo Rådgivning AS',
    ].join('\n'),
  };
}

export async function countWarningsDue(db: Db, rule: RetentionRuleRow, now: Date): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(candidates).where(dueForWarning(rule, now));
  return row?.n ?? 0;
}

/**
 * Warns up to `limit` candidates in the caller's transaction: one mail each through the outbox,
 * and `retention_warned_at` set to the job's clock, so each period of inactivity warns once.
 */
export async function sendWarningBatch(tx: Transaction, ctx: RequestContext, rule: RetentionRuleRow, now: Date, limit: number): Promise<string[]> {
  const picked = await tx
    .select({ id: candidates.id, email: candidates.email, deleteOn: deletionDate(rule, now) })
    .from(candidates)
    .where(dueForWarning(rule, now))
    .orderBy(asc(candidates.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  for (const candidate of picked) {
    if (!candidate.email) continue;
    const mail = retentionWarningText(new Date(candidate.deleteOn), ctx.config.publicBaseUrl);
    await enqueueEmail(tx, { kind: 'retention_warning', to: candidate.email, ...mail });
  }
  const ids = picked.map((c) => c.id);
  if (ids.length) await tx.update(candidates).set({ retentionWarnedAt: sql`${instant(now)}` }).where(inArray(candidates.id, ids));
  await auditBatch(tx, ctx, { action: 'retention.warn', entityType: 'candidate', rule, ids });
  return ids;
}

/**
 * Warnings a renewal made void (activity or consent after the warning) are cleared, as the
 * column promises; the deletion rule ignores them either way.
 */
export async function clearRenewedWarnings(tx: Transaction): Promise<number> {
  const cleared = await tx
    .update(candidates)
    .set({ retentionWarnedAt: null })
    .where(sql`${candidates.retentionWarnedAt} < ${activityClock}`)
    .returning({ id: candidates.id });
  return cleared.length;
}
