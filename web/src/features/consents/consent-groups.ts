import type { ConsentPurpose } from '../../gql/graphql';

/** The order purposes are shown in: the register first, the optional ones last. */
export const consentPurposes: readonly ConsentPurpose[] = ['candidate_registry', 'share_with_client', 'newsletter', 'web_analytics', 'advertising'];

type GroupableEvent = { purpose: ConsentPurpose; caseId?: string | null; occurredAt: string };
export type ConsentGroup<E> = { key: string; purpose: ConsentPurpose; caseId: string | null; events: E[] };

/**
 * One timeline per purpose — and, for sharing with a client, per case, since that consent
 * is given case by case — newest event first within each.
 */
export function groupConsentEvents<E extends GroupableEvent>(events: readonly E[]): ConsentGroup<E>[] {
  const groups = new Map<string, ConsentGroup<E>>();
  for (const event of events) {
    const caseId = event.caseId ?? null;
    const key = `${event.purpose}:${caseId ?? ''}`;
    const group = groups.get(key) ?? { key, purpose: event.purpose, caseId, events: [] };
    group.events.push(event);
    groups.set(key, group);
  }
  const rank = (purpose: ConsentPurpose) => consentPurposes.indexOf(purpose);
  return [...groups.values()]
    .map((group) => ({ ...group, events: [...group.events].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)) }))
    .sort((a, b) => rank(a.purpose) - rank(b.purpose) || (a.caseId ?? '').localeCompare(b.caseId ?? ''));
}
