import { describe, expect, it } from 'vitest';
import { emailFromState, paramsFor, sameSubject, stateFor, subjectFromLocation } from './subject-params';

const id = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const read = (search: string, state: unknown = null) => subjectFromLocation(new URLSearchParams(search), state);

describe('subjectFromLocation', () => {
  it('reads one identifier, with the request it answers', () => {
    expect(read(`candidateId=${id}`)).toEqual({ subject: { candidateId: id }, requestId: null, label: null });
    expect(read(`subscriberId=${id}&requestId=r1`)).toEqual({ subject: { subscriberId: id }, requestId: 'r1', label: null });
  });

  it('takes an email from navigation state only, normalised as the API does', () => {
    expect(read('requestId=r1', { email: ' Kari.Nordmann@Example.TEST ' })).toEqual({ subject: { email: 'kari.nordmann@example.test' }, requestId: 'r1', label: null });
    expect(read('email=kari.nordmann%40example.test')).toBeNull();
    expect(read(`candidateId=${id}&email=kari.nordmann%40example.test`)?.subject).toEqual({ candidateId: id });
  });

  it('is no choice with none, or with more than one identifier', () => {
    expect(read('')).toBeNull();
    expect(read('requestId=r1')).toBeNull();
    expect(read('candidateId=')).toBeNull();
    expect(read(`candidateId=${id}&subscriberId=${id}`)).toBeNull();
    expect(read(`candidateId=${id}`, { email: 'a@example.test' })).toBeNull();
  });

  it('ignores state that is not an email', () => {
    for (const state of [null, undefined, 'a@example.test', { email: 42 }, { email: '  ' }, { other: 'a@example.test' }]) expect(emailFromState(state)).toBeNull();
  });
});

describe('where a choice goes', () => {
  it('puts ids and the request in the URL, never an email', () => {
    expect(paramsFor({ subject: { candidateId: id }, requestId: 'r1', label: 'Kari' }).toString()).toBe(`candidateId=${id}&requestId=r1`);
    expect(paramsFor({ subject: { email: 'a@example.test' }, requestId: 'r1', label: null }).toString()).toBe('requestId=r1');
  });

  it('puts an email in navigation state, and nothing else', () => {
    expect(stateFor({ subject: { email: 'a@example.test' }, requestId: null, label: null })).toEqual({ email: 'a@example.test' });
    expect(stateFor({ subject: { candidateId: id }, requestId: null, label: null })).toBeNull();
  });

  it('compares subjects by identifier', () => {
    expect(sameSubject({ candidateId: id }, { candidateId: id })).toBe(true);
    expect(sameSubject({ candidateId: id }, { subscriberId: id })).toBe(false);
  });
});
