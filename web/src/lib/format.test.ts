import { describe, expect, it } from 'vitest';
import { daysFromToday, formatCalendarDate, formatDate, formatDateTime, formatPhone, fromOsloLocalInput, osloDayRange, osloToday, toOsloLocalInput } from './format';

describe('Oslo dates', () => {
  it('shows the calendar day in Oslo, not in UTC', () => {
    expect(formatDate('2026-06-30T22:30:00Z')).toBe('01.07.2026');
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('01.01.2027');
  });

  it('follows summer and winter time', () => {
    expect(formatDateTime('2026-07-01T10:00:00Z')).toBe('01.07.2026, 12:00');
    expect(formatDateTime('2026-01-15T10:00:00Z')).toBe('15.01.2026, 11:00');
  });

  it('handles the night clocks go back', () => {
    expect(formatDateTime('2026-10-25T00:30:00Z')).toBe('25.10.2026, 02:30');
    expect(formatDateTime('2026-10-25T01:30:00Z')).toBe('25.10.2026, 02:30');
  });

  it('refuses what is not a date rather than showing "Invalid Date"', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });
});

describe('phone numbers', () => {
  it('groups Norwegian mobile and landline numbers the Norwegian way', () => {
    expect(formatPhone('+4741234567')).toBe('412 34 567');
    expect(formatPhone('+4790000205')).toBe('900 00 205');
    expect(formatPhone('+4722123456')).toBe('22 12 34 56');
  });

  it('leaves numbers from other countries in international form', () => {
    expect(formatPhone('+46701234567')).toBe('+46701234567');
  });
});

describe('Oslo wall-clock times in forms', () => {
  it('round-trips summer and winter times', () => {
    expect(fromOsloLocalInput('2026-07-01T12:00').toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(fromOsloLocalInput('2026-01-15T11:00').toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(toOsloLocalInput(new Date('2026-07-01T10:00:00Z'))).toBe('2026-07-01T12:00');
  });

  it('takes the first 02:30 on the night clocks go back', () => {
    expect(fromOsloLocalInput('2026-10-25T02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('moves a time skipped in spring forward, as a clock would', () => {
    expect(fromOsloLocalInput('2026-03-29T02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses what is not a local date and time', () => {
    expect(() => fromOsloLocalInput('2026-07-01')).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it('writes API dates the Norwegian way', () => {
    expect(formatCalendarDate('2026-11-17')).toBe('17.11.2026');
  });

  it('counts days from today in Oslo', () => {
    const lateEvening = new Date('2026-06-30T22:30:00Z'); // 1 July in Oslo
    expect(osloToday(lateEvening)).toBe('2026-07-01');
    expect(daysFromToday('2026-07-01', lateEvening)).toBe(0);
    expect(daysFromToday('2026-07-31', lateEvening)).toBe(30);
    expect(daysFromToday('2026-06-30', lateEvening)).toBe(-1);
  });
});

describe('period filter in Oslo days', () => {
  it('covers whole Oslo days, both ends included', () => {
    expect(osloDayRange('2026-07-01', '2026-07-31')).toEqual({ from: '2026-06-30T22:00:00.000Z', to: '2026-07-31T21:59:59.999Z' });
    expect(osloDayRange('2026-01-10', '2026-01-10')).toEqual({ from: '2026-01-09T23:00:00.000Z', to: '2026-01-10T22:59:59.999Z' });
  });

  it('leaves an end open when it is not given', () => {
    expect(osloDayRange('', '2026-03-31')).toEqual({ from: null, to: '2026-03-31T21:59:59.999Z' });
    expect(osloDayRange('2026-03-01', '')).toEqual({ from: '2026-02-28T23:00:00.000Z', to: null });
  });
});
