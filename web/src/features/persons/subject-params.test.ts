import { describe, expect, it } from 'vitest';
import { paramsFor, sameSubject, subjectFromParams, withoutEmail } from './subject-params';

const id = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const read = (search: string) => subjectFromParams(new URLSearchParams(search));

describe('subjectFromParams', () => {
  it('reads one identifier, with the request it answers', () => {
    expect(read(`candidateId=${id}`)).toEqual({ subject: { candidateId: id }, requestId: null, label: null });
    expect(read(`subscriberId=${id}&requestId=r1`)).toEqual({ subject: { subscriberId: id }, requestId: 'r1', label: null });
  });

  it('normalises an email as the API does', () => {
    expect(read('email=%20Kari.Nordmann@Example.TEST%20')?.subject).toEqual({ email: 'kari.nordmann@example.test' });
  });

  it('is no choice with none, or with more than one identifier', () => {
    expect(read('')).toBeNull();
    expect(read('requestId=r1')).toBeNull();
    expect(read('candidateId=')).toBeNull();
    expect(read(`candidateId=${id}&email=a@example.test`)).toBeNull();
  });
});

describe('the URL for a choice', () => {
  it('drops the email but keeps the rest', () => {
    expect(withoutEmail(new URLSearchParams('email=a@example.test&requestId=r1')).toString()).toBe('requestId=r1');
  });

  it('holds ids and the request, never an email', () => {
    expect(paramsFor({ subject: { candidateId: id }, requestId: 'r1', label: 'Kari' }).toString()).toBe(`candidateId=${id}&requestId=r1`);
    expect(paramsFor({ subject: { email: 'a@example.test' }, requestId: null, label: null }).toString()).toBe('');
  });

  it('compares subjects by identifier', () => {
    expect(sameSubject({ candidateId: id }, { candidateId: id })).toBe(true);
    expect(sameSubject({ candidateId: id }, { subscriberId: id })).toBe(false);
  });
});
