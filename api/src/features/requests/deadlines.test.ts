import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  daysLeftOf,
  deadlineOf,
  effectiveDueOn,
  isOverdue,
  isPaused,
  pausedDaysBetween,
  type DeadlineFacts,
} from './deadlines.ts';
import { osloDateOf } from '../../shared/oslo-dates.ts';

const open = (extra: Partial<DeadlineFacts> = {}): DeadlineFacts => ({
  status: 'received',
  dueOn: '2027-03-15',
  extendedDueOn: null,
  identityRequestedAt: null,
  identityVerifiedAt: null,
  ...extra,
});

describe('one calendar month (GDPR Art. 12(3))', () => {
  it.each([
    ['2027-01-15', '2027-02-15'],
    ['2027-01-31', '2027-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2028-01-30', '2028-02-29'],
    ['2027-01-29', '2027-02-28'],
    ['2027-04-30', '2027-05-30'],
    ['2027-03-31', '2027-04-30'],
    ['2027-05-31', '2027-06-30'],
    ['2027-12-31', '2028-01-31'],
    ['2027-12-15', '2028-01-15'],
    ['2028-02-29', '2028-03-29'],
    ['2027-02-28', '2027-03-28'],
  ])('received %s is due %s', (received, due) => {
    expect(deadlineOf(received, 0, false)).toBe(due);
  });

  it('is a month, not 30 days', () => {
    expect(deadlineOf('2027-02-01', 0, false)).toBe('2027-03-01');
    expect(calendarDaysBetween('2027-02-01', '2027-03-01')).toBe(28);
    expect(calendarDaysBetween('2027-07-01', deadlineOf('2027-07-01', 0, false))).toBe(31);
  });
});

describe('the extension by two further months', () => {
  it.each([
    ['2027-01-15', '2027-04-15'],
    // 31 Jan → 28 Feb → 28 Apr: counted from the one-month deadline, the earlier reading.
    ['2027-01-31', '2027-04-28'],
    ['2028-01-31', '2028-04-29'],
    ['2027-11-30', '2028-02-29'],
    ['2026-11-30', '2027-02-28'],
    ['2027-10-31', '2028-01-30'],
  ])('received %s, extended, is due %s', (received, due) => {
    expect(deadlineOf(received, 0, true)).toBe(due);
  });

  it('always lands after the one-month deadline (the database checks the same)', () => {
    for (let day = 0; day < 800; day += 1) {
      const received = addCalendarDays('2026-01-01', day);
      expect(deadlineOf(received, 0, true) > deadlineOf(received, 0, false), received).toBe(true);
      expect(deadlineOf(received, 0, false) >= received, received).toBe(true);
    }
  });
});

describe('the pause while identity is unverified (Art. 12(6))', () => {
  it('moves the deadline by whole days, across month ends', () => {
    expect(deadlineOf('2027-01-31', 3, false)).toBe('2027-03-03');
    expect(deadlineOf('2028-01-31', 3, false)).toBe('2028-03-03');
    expect(deadlineOf('2027-11-30', 5, false)).toBe('2028-01-04');
    expect(deadlineOf('2027-12-20', 14, false)).toBe('2028-02-03');
  });

  it('adds to the extension too, whichever came first', () => {
    expect(deadlineOf('2027-01-31', 10, true)).toBe('2027-05-08');
    // Pause first, extension later, or the other way round: the same date.
    const pausedThenExtended = deadlineOf('2027-01-31', 10, true);
    const extendedThenPaused = addCalendarDays(deadlineOf('2027-01-31', 0, true), 10);
    expect(pausedThenExtended).toBe(extendedThenPaused);
  });

  it('counts Oslo calendar days between asking and receiving proof', () => {
    // 22:30 UTC on 27 Feb is 23:30 in Oslo; 23:30 UTC is already 28 Feb in Oslo.
    expect(pausedDaysBetween(new Date('2027-02-27T22:30:00Z'), new Date('2027-02-27T23:30:00Z'))).toBe(1);
    expect(pausedDaysBetween(new Date('2027-02-27T08:00:00Z'), new Date('2027-02-27T15:00:00Z'))).toBe(0);
    expect(pausedDaysBetween(new Date('2027-02-25T08:00:00Z'), new Date('2027-03-02T08:00:00Z'))).toBe(5);
    // Across the spring DST change (28 March 2027): still whole days.
    expect(pausedDaysBetween(new Date('2027-03-27T12:00:00Z'), new Date('2027-03-29T11:00:00Z'))).toBe(2);
    expect(pausedDaysBetween(new Date('2027-03-02T08:00:00Z'), new Date('2027-03-01T08:00:00Z'))).toBe(0);
  });

  it('keeps the days left constant while paused, and lets them run again after', () => {
    const requestedAt = new Date('2027-03-01T09:00:00Z');
    const paused = open({ dueOn: '2027-03-15', identityRequestedAt: requestedAt });
    expect(isPaused(paused)).toBe(true);
    expect(daysLeftOf(paused, '2027-03-01')).toBe(14);
    expect(daysLeftOf(paused, '2027-03-20')).toBe(14);
    expect(effectiveDueOn(paused, '2027-03-20')).toBe('2027-04-03');
    expect(isOverdue(paused, '2027-04-30')).toBe(false);

    const verified = { ...paused, identityVerifiedAt: new Date('2027-03-20T09:00:00Z'), dueOn: deadlineOf('2027-02-15', 19, false) };
    expect(isPaused(verified)).toBe(false);
    expect(verified.dueOn).toBe('2027-04-03');
    expect(daysLeftOf(verified, '2027-03-21')).toBe(13);
  });
});

describe('days left and overdue', () => {
  it('counts to the extended deadline when there is one', () => {
    const r = open({ dueOn: '2027-03-15', extendedDueOn: '2027-05-15' });
    expect(effectiveDueOn(r, '2027-03-20')).toBe('2027-05-15');
    expect(daysLeftOf(r, '2027-03-20')).toBe(56);
    expect(isOverdue(r, '2027-03-20')).toBe(false);
  });

  it('is 0 on the day, negative after, and null once closed', () => {
    expect(daysLeftOf(open(), '2027-03-15')).toBe(0);
    expect(isOverdue(open(), '2027-03-15')).toBe(false);
    expect(daysLeftOf(open(), '2027-03-17')).toBe(-2);
    expect(isOverdue(open(), '2027-03-17')).toBe(true);
    expect(daysLeftOf(open({ status: 'completed' }), '2027-03-17')).toBeNull();
    expect(isOverdue(open({ status: 'refused' }), '2027-03-17')).toBe(false);
    expect(isPaused(open({ status: 'refused', identityRequestedAt: new Date() }))).toBe(false);
  });
});

describe('calendar helpers', () => {
  it('refuses what is not a calendar date', () => {
    expect(() => addCalendarMonths('2027-02-30', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('31.01.2027', 1)).toThrow(RangeError);
    expect(() => calendarDaysBetween('2027-13-01', '2027-01-01')).toThrow(RangeError);
  });

  it('reads the date of an instant in Oslo, not UTC', () => {
    expect(osloDateOf(new Date('2027-02-28T23:30:00Z'))).toBe('2027-03-01');
    expect(osloDateOf(new Date('2027-07-31T21:59:00Z'))).toBe('2027-07-31');
    expect(osloDateOf(new Date('2027-07-31T22:00:00Z'))).toBe('2027-08-01');
  });
});
