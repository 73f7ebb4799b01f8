import { describe, expect, it } from 'vitest';
import { availableSteps, personPageLink } from './request-steps';

describe('the steps offered on a request', () => {
  it('starts with the identity check', () => {
    expect(availableSteps({ status: 'received', daysLeft: 20 })).toEqual(['askForIdentity', 'verifyIdentity', 'extend', 'refuse', 'changeHandler']);
  });

  it('asks for proof of identity only once, and not after the deadline has passed', () => {
    expect(availableSteps({ status: 'received', identityRequestedAt: '2026-11-01T10:00:00Z', daysLeft: 20 })).not.toContain('askForIdentity');
    expect(availableSteps({ status: 'received', daysLeft: -1 })).toEqual(['verifyIdentity', 'refuse', 'changeHandler']);
  });

  it('starts work after the identity is verified, and completes only work in progress', () => {
    expect(availableSteps({ status: 'identity_verified', daysLeft: 5 })).toEqual(['startWork', 'extend', 'refuse', 'changeHandler']);
    expect(availableSteps({ status: 'in_progress', daysLeft: 5 })).toEqual(['extend', 'complete', 'refuse', 'changeHandler']);
  });

  it('extends the deadline once, and only before it has passed', () => {
    expect(availableSteps({ status: 'in_progress', extendedDueOn: '2027-02-01', daysLeft: 40 })).not.toContain('extend');
    expect(availableSteps({ status: 'in_progress', daysLeft: -3 })).not.toContain('extend');
  });

  it('offers nothing on a closed request', () => {
    expect(availableSteps({ status: 'completed' })).toEqual([]);
    expect(availableSteps({ status: 'refused' })).toEqual([]);
  });
});

describe('the link to the person page', () => {
  const id = 'f3d2c1b0-0000-4000-8000-000000000001';

  it('goes by candidate when the request names one', () => {
    expect(personPageLink({ id, kind: 'erasure', candidateId: 'c1', requesterEmail: 'kari@example.test' })).toEqual({ to: `/personer?candidateId=c1&requestId=${id}`, state: null });
  });

  it('goes by the email when there is no candidate, in navigation state and never in the URL', () => {
    const link = personPageLink({ id, kind: 'access', requesterEmail: 'ola+test@example.test' });
    expect(link).toEqual({ to: `/personer?requestId=${id}`, state: { email: 'ola+test@example.test' } });
    expect(link?.to).not.toMatch(/ola|example|%40|@/);
  });

  it('is offered only for access, erasure and portability, and only with a way to find the person', () => {
    expect(personPageLink({ id, kind: 'rectification', candidateId: 'c1' })).toBeNull();
    expect(personPageLink({ id, kind: 'portability' })).toBeNull();
  });
});
