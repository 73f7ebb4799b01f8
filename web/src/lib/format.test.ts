import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPhone } from './format';

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
