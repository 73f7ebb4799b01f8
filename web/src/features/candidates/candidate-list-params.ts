import type { CandidateFilter, CandidateSort, CandidateSource, CandidateStatus } from '../../gql/graphql';
import { candidateSorts, candidateSources, candidateStatuses } from './candidate-vocabulary';

/** The list's search, filters and sort live in the URL: shareable, and Back undoes a filter. */
export type CandidateListParams = {
  search: string;
  status: CandidateStatus | null;
  source: CandidateSource | null;
  sort: CandidateSort;
};

export const defaultSort: CandidateSort = 'created_desc';

const keys = { search: 'sok', status: 'status', source: 'kilde', sort: 'sortering' } as const;

export function readListParams(url: URLSearchParams): CandidateListParams {
  return {
    search: url.get(keys.search)?.trim() ?? '',
    status: oneOf(url.get(keys.status), candidateStatuses),
    source: oneOf(url.get(keys.source), candidateSources),
    sort: oneOf(url.get(keys.sort), candidateSorts) ?? defaultSort,
  };
}

/** Writes only what differs from the defaults, so a plain list has a plain URL. */
export function writeListParams(params: CandidateListParams): URLSearchParams {
  const url = new URLSearchParams();
  if (params.search) url.set(keys.search, params.search);
  if (params.status) url.set(keys.status, params.status);
  if (params.source) url.set(keys.source, params.source);
  if (params.sort !== defaultSort) url.set(keys.sort, params.sort);
  return url;
}

export function toCandidateFilter(params: CandidateListParams): CandidateFilter {
  return { search: params.search || null, status: params.status, source: params.source };
}

// Unknown values (an old bookmark, a typo) fall back to "any" instead of a server error.
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
