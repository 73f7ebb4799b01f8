import type { AuditLogFilter } from '../../gql/graphql';
import { osloDayRange } from '../../lib/format';

/** The audit log's filters as they live in the URL (shareable with a colleague or an auditor). */
export type AuditFilterParams = { actorId: string; candidateId: string; action: string; from: string; to: string };

const keys = { actorId: 'hvem', candidateId: 'kandidat', action: 'handling', from: 'fra', to: 'til' } as const;

export function readAuditParams(url: URLSearchParams): AuditFilterParams {
  return {
    actorId: url.get(keys.actorId) ?? '',
    candidateId: url.get(keys.candidateId) ?? '',
    action: url.get(keys.action)?.trim() ?? '',
    from: url.get(keys.from) ?? '',
    to: url.get(keys.to) ?? '',
  };
}

export function writeAuditParams(params: AuditFilterParams): URLSearchParams {
  const url = new URLSearchParams();
  for (const key of Object.keys(keys) as (keyof AuditFilterParams)[]) if (params[key]) url.set(keys[key], params[key]);
  return url;
}

/** What the API gets: only the filters that are set, the period as whole Oslo days. */
export function toAuditFilter(params: AuditFilterParams): AuditLogFilter | null {
  const period = osloDayRange(params.from, params.to);
  const filter: AuditLogFilter = {
    ...(params.actorId ? { actorId: params.actorId } : {}),
    ...(params.candidateId ? { subject: { candidateId: params.candidateId } } : {}),
    ...(params.action ? { action: params.action } : {}),
    ...(period.from ? { from: period.from } : {}),
    ...(period.to ? { to: period.to } : {}),
  };
  return Object.keys(filter).length ? filter : null;
}

/** `{"count":3,"candidateIds":["…"]}` → `count: 3 · candidateIds: 1`: ids and counts, readable at a glance. */
export function summariseDetails(json: string): string {
  let details: unknown;
  try {
    details = JSON.parse(json);
  } catch {
    return json;
  }
  if (!details || typeof details !== 'object' || Array.isArray(details)) return '';
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.length : typeof value === 'object' && value !== null ? '…' : String(value)}`)
    .join(' · ');
}
