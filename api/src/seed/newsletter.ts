import type { schema } from '@pvr/db';
import { addMinutes, type Clock } from './clock.ts';
import type { SeedConsentEvent } from './consents.ts';
import { demoId } from './ids.ts';
import { createRandom } from './random.ts';
import { emailLocalPart, firstNames, lastNames } from './vocabulary.ts';

type SubscriberRow = typeof schema.subscribers.$inferInsert & { id: string; email: string };

const subscriberCount = 25;
/** Pending sign-ups; the first two are older than the one-month rule for unconfirmed addresses. */
const pendingDaysAgo = [52, 40, 6, 2];

/** The newsletter list (its own schema): double opt-in, consent recorded at confirmation. */
export function buildNewsletter(clock: Clock): { subscribers: SubscriberRow[]; consents: SeedConsentEvent[] } {
  const random = createRandom('newsletter');
  const used = new Set<string>();
  const subscribers: SubscriberRow[] = [];
  const consents: SeedConsentEvent[] = [];
  for (let i = 0; i < subscriberCount; i++) {
    let local = emailLocalPart(random.pick(firstNames), random.pick(lastNames));
    while (used.has(local)) local = emailLocalPart(random.pick(firstNames), random.pick(lastNames));
    used.add(local);
    const id = demoId('subscriber', i);
    const pendingSince = pendingDaysAgo[i - (subscriberCount - pendingDaysAgo.length)];
    const createdAt = clock.daysAgo(pendingSince ?? random.int(10, 900), random.int(6 * 60, 21 * 60));
    const confirmedAt = pendingSince === undefined ? addMinutes(createdAt, random.int(2, 600)) : null;
    subscribers.push({
      id,
      email: `${local}@example.org`,
      status: confirmedAt ? 'active' : 'pending',
      source: 'web_form',
      createdAt,
      confirmedAt,
    });
    if (confirmedAt) {
      consents.push({
        id: demoId('consent', `newsletter:${id}`),
        subjectType: 'subscriber',
        subscriberId: id,
        purpose: 'newsletter',
        action: 'granted',
        occurredAt: confirmedAt,
        recordedAt: confirmedAt,
        method: 'web_form',
        evidenceForm: 'nyhetsbrev-pamelding-v2',
        evidenceStatementVersion: '2021-10-29',
        evidenceIpAnonymised: random.pick(['195.159.103.0', '84.208.17.0', '46.9.141.0', '89.10.212.0']),
        evidenceNote: 'Bekreftet via lenke i bekreftelses-e-post (dobbel opt-in).',
        recordedBy: null,
      });
    }
  }
  return { subscribers, consents };
}
