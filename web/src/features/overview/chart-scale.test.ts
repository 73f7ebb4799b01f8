import { describe, expect, it } from 'vitest';
import { monthAndYear, monthLabel, niceScale } from './chart-scale';

describe('chart scale', () => {
  it('rounds the top up to a round number with even steps', () => {
    expect(niceScale(7)).toEqual({ top: 8, step: 2, values: [0, 2, 4, 6, 8] });
    expect(niceScale(37)).toEqual({ top: 40, step: 10, values: [0, 10, 20, 30, 40] });
    expect(niceScale(4)).toEqual({ top: 4, step: 1, values: [0, 1, 2, 3, 4] });
  });

  it('draws an empty chart with a unit scale', () => {
    expect(niceScale(0).values).toEqual([0, 1, 2, 3, 4]);
  });

  it('names months in the language of the interface', () => {
    expect(monthLabel('2026-05-01', 'nb')).toBe('mai');
    expect(monthLabel('2026-05-01', 'en')).toBe('May');
    expect(monthAndYear('2026-11-01', 'nb')).toBe('november 2026');
  });
});
