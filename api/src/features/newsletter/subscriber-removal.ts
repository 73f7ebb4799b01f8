import type { Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import { eq, sql } from '@pvr/db/orm';

const { consentEvents, subscribers } = schema;

/**
 * Deletes a subscriber and, by cascade, its consent events, so nothing keeps the address
 * (§ Nyhetsbrev). The consent history refuses DELETE unless the transaction declares an
 * erasure; the flag is raised for this one statement only.
 */
export async function deleteSubscriberWithConsents(tx: Transaction, subscriberId: string): Promise<{ removed: boolean; consentEvents: number }> {
  const [events] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(consentEvents)
    .where(eq(consentEvents.subscriberId, subscriberId));
  await tx.execute(sql`select set_config('pvr.erasure_in_progress', 'on', true)`);
  const deleted = await tx.delete(subscribers).where(eq(subscribers.id, subscriberId)).returning({ id: subscribers.id });
  await tx.execute(sql`select set_config('pvr.erasure_in_progress', 'off', true)`);
  return { removed: deleted.length > 0, consentEvents: deleted.length > 0 ? (events?.n ?? 0) : 0 };
}
