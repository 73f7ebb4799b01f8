import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { typePolicies } from '../../app/apollo/type-policies';
import { CallNoteItemFragmentDoc, CaseDocument, type CaseQuery } from '../../gql/graphql';
import { addLoggedNoteToCache } from './call-note-cache';

const author = { __typename: 'User' as const, id: 'u1', fullName: 'Ingrid Demo Haugen' };
const note = (id: string, occurredAt: string) => ({
  __typename: 'CallNote' as const,
  id,
  occurredAt,
  direction: 'incoming' as const,
  otherPartyName: 'Kari',
  otherPartyPhone: null,
  candidateId: null,
  body: `notat ${id}`,
  createdAt: occurredAt,
  author,
});

const variables = { id: 'c1', withBodies: true };
const caseResult = (notes: ReturnType<typeof note>[]): CaseQuery =>
  ({
    case: {
      __typename: 'Case',
      id: 'c1',
      reference: '2026-001',
      title: 'Rekruttering',
      clientName: 'Kunde AS',
      status: 'open',
      openedAt: '2026-01-01T00:00:00Z',
      closedAt: null,
      responsiblePartner: author,
      members: [],
      callNoteCount: notes.length,
      callNotes: { __typename: 'CallNoteConnection', nodes: notes, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, totalCount: notes.length },
    },
  }) as CaseQuery;

function cacheWithCase() {
  const cache = new InMemoryCache({ typePolicies });
  cache.writeQuery({ query: CaseDocument, variables, data: caseResult([note('n1', '2026-01-02T10:00:00Z')]) });
  return cache;
}

describe('a logged call note in the cache', () => {
  it('appears first among the case notes, counted, without a refetch', () => {
    const cache = cacheWithCase();
    const logged = note('n2', '2026-01-03T10:00:00Z');
    cache.writeFragment({ id: cache.identify(logged), fragment: CallNoteItemFragmentDoc, variables: { withBodies: true }, data: logged });
    addLoggedNoteToCache(cache, { ...logged, case: { id: 'c1' } });
    const read = cache.readQuery({ query: CaseDocument, variables });
    expect(read?.case.callNotes.nodes.map((n) => n.id)).toEqual(['n2', 'n1']);
    expect(read?.case.callNotes.totalCount).toBe(2);
    expect(read?.case.callNoteCount).toBe(2);
  });

  it('is not added twice', () => {
    const cache = cacheWithCase();
    addLoggedNoteToCache(cache, { id: 'n1', case: { id: 'c1' } });
    const read = cache.readQuery({ query: CaseDocument, variables });
    expect(read?.case.callNotes.nodes.map((n) => n.id)).toEqual(['n1']);
    expect(read?.case.callNoteCount).toBe(1);
  });

  it('leaves other cases alone', () => {
    const cache = cacheWithCase();
    addLoggedNoteToCache(cache, { id: 'n9', case: { id: 'other' } });
    expect(cache.readQuery({ query: CaseDocument, variables })?.case.callNoteCount).toBe(1);
  });
});
