import type { ComplianceTaskFilter, ComplianceTaskKind } from '../../gql/graphql';

export const complianceTaskKinds: readonly ComplianceTaskKind[] = ['mailbox_review', 'departure_checklist', 'agreement_review', 'privacy_statement_review'];

/** The list's filters live in the URL: shareable, and Back undoes a filter. */
export type ComplianceListParams = { kind: ComplianceTaskKind | null; overdue: boolean | null; attested: boolean | null };

const keys = { kind: 'type', overdue: 'forfalt', attested: 'attestert' } as const;

export function readTaskParams(url: URLSearchParams): ComplianceListParams {
  const kind = url.get(keys.kind);
  return {
    kind: complianceTaskKinds.find((k) => k === kind) ?? null,
    overdue: yesNo(url.get(keys.overdue)),
    attested: yesNo(url.get(keys.attested)),
  };
}

/** Writes only the filters that are set, so the plain list has a plain URL. */
export function writeTaskParams(params: ComplianceListParams): URLSearchParams {
  const url = new URLSearchParams();
  if (params.kind) url.set(keys.kind, params.kind);
  if (params.overdue !== null) url.set(keys.overdue, params.overdue ? 'ja' : 'nei');
  if (params.attested !== null) url.set(keys.attested, params.attested ? 'ja' : 'nei');
  return url;
}

export function toTaskFilter(params: ComplianceListParams): ComplianceTaskFilter {
  return { kind: params.kind, overdue: params.overdue, attested: params.attested };
}

export const isFiltered = (params: ComplianceListParams) => params.kind !== null || params.overdue !== null || params.attested !== null;

// Anything else (an old bookmark, a typo) means "either", not a server error.
function yesNo(value: string | null): boolean | null {
  if (value === 'ja') return true;
  if (value === 'nei') return false;
  return null;
}

/** The ticks a partner sends: the items ticked by hand; the system's own items it checks itself. */
export function manualTicks(checklist: readonly { key: string; automatic: boolean }[], ticked: ReadonlySet<string>): { key: string; done: boolean }[] {
  return checklist.filter((item) => !item.automatic).map((item) => ({ key: item.key, done: ticked.has(item.key) }));
}
