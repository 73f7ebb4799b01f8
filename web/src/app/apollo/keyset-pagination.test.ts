import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { CandidatesDocument, type CandidatesQuery, type CandidatesQueryVariables } from '../../gql/graphql';
import { keysetConnection } from './keyset-pagination';

const cache = () => new InMemoryCache({ typePolicies: { Query: { fields: { candidates: keysetConnection(['filter', 'sort']) } } } });

const candidate = (id: string) => ({
  __typename: 'Candidate' as const,
  id,
  fullName: `Kandidat ${id}`,
  email: null,
  phone: null,
  location: null,
  status: 'active' as const,
  source: 'self_registered' as const,
  lastActivityAt: '2026-01-01T00:00:00.000Z',
});

const page = (ids: string[], endCursor: string | null, hasNextPage: boolean): CandidatesQuery => ({
  candidates: { __typename: 'CandidateConnection', nodes: ids.map(candidate), pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage }, totalCount: 3 },
} as CandidatesQuery);

function write(target: InMemoryCache, variables: CandidatesQueryVariables, data: CandidatesQuery) {
  target.writeQuery({ query: CandidatesDocument, variables, data });
}

const idsIn = (target: InMemoryCache, variables: CandidatesQueryVariables) =>
  target.readQuery({ query: CandidatesDocument, variables })?.candidates.nodes.map((node) => node.id);

describe('keyset connection cache policy', () => {
  it('appends the next page to the rows already shown', () => {
    const target = cache();
    write(target, { first: 2 }, page(['a', 'b'], 'c1', true));
    write(target, { first: 2, after: 'c1' }, page(['c'], null, false));
    expect(idsIn(target, { first: 2 })).toEqual(['a', 'b', 'c']);
    expect(target.readQuery({ query: CandidatesDocument, variables: { first: 2 } })?.candidates.pageInfo.hasNextPage).toBe(false);
  });

  it('starts over when the first page is fetched again', () => {
    const target = cache();
    write(target, { first: 2 }, page(['a', 'b'], 'c1', true));
    write(target, { first: 2, after: 'c1' }, page(['c'], null, false));
    write(target, { first: 2 }, page(['b', 'c'], 'c2', true));
    expect(idsIn(target, { first: 2 })).toEqual(['b', 'c']);
  });

  it('keeps each search and sort apart', () => {
    const target = cache();
    write(target, { first: 2, filter: { search: 'a' } }, page(['a'], null, false));
    write(target, { first: 2, filter: { search: 'b' } }, page(['b'], null, false));
    expect(idsIn(target, { first: 2, filter: { search: 'a' } })).toEqual(['a']);
    expect(idsIn(target, { first: 2, filter: { search: 'a' }, sort: 'name_asc' })).toBeUndefined();
  });

  it('does not repeat a row that two pages both carry', () => {
    const target = cache();
    write(target, { first: 2 }, page(['a', 'b'], 'c1', true));
    write(target, { first: 2, after: 'c1' }, page(['b', 'c'], null, false));
    expect(idsIn(target, { first: 2 })).toEqual(['a', 'b', 'c']);
  });
});
