import { describe, expect, it } from 'vitest';
import { isFiltered, manualTicks, readTaskParams, toTaskFilter, writeTaskParams } from './compliance-params';

describe('task list filters in the URL', () => {
  it('reads kind, overdue and attested', () => {
    const params = readTaskParams(new URLSearchParams('type=mailbox_review&forfalt=ja&attestert=nei'));
    expect(params).toEqual({ kind: 'mailbox_review', overdue: true, attested: false });
    expect(toTaskFilter(params)).toEqual({ kind: 'mailbox_review', overdue: true, attested: false });
  });

  it('treats unknown values as no filter', () => {
    const params = readTaskParams(new URLSearchParams('type=holiday&forfalt=kanskje'));
    expect(params).toEqual({ kind: null, overdue: null, attested: null });
    expect(isFiltered(params)).toBe(false);
  });

  it('round-trips, and writes nothing for the plain list', () => {
    const params = { kind: 'agreement_review' as const, overdue: false, attested: true };
    expect(readTaskParams(writeTaskParams(params))).toEqual(params);
    expect(writeTaskParams({ kind: null, overdue: null, attested: null }).toString()).toBe('');
  });
});

describe('checklist ticks', () => {
  it('sends the items ticked by hand, and leaves the system its own', () => {
    const checklist = [
      { key: 'emailAccountDeleted', automatic: false },
      { key: 'accessRevoked', automatic: false },
      { key: 'sessionsKilled', automatic: true },
    ];
    expect(manualTicks(checklist, new Set(['emailAccountDeleted']))).toEqual([
      { key: 'emailAccountDeleted', done: true },
      { key: 'accessRevoked', done: false },
    ]);
  });
});
