import { describe, expect, it } from 'vitest';
import { anyRunning, durationWording, hoursWording, runProgress, runStatusColor, startedByWording } from './retention-wording';

describe('retention durations', () => {
  it('speaks of years when the duration is whole years', () => {
    expect(durationWording(12)).toEqual({ key: 'duration.years', count: 1 });
    expect(durationWording(60)).toEqual({ key: 'duration.years', count: 5 });
  });

  it('speaks of months under a year', () => {
    expect(durationWording(1)).toEqual({ key: 'duration.months', count: 1 });
    expect(durationWording(11)).toEqual({ key: 'duration.months', count: 11 });
  });

  it('gives years and months for the rest', () => {
    expect(durationWording(30)).toEqual({ key: 'duration.yearsAndMonths', count: 2, months: 6 });
    expect(durationWording(13)).toEqual({ key: 'duration.yearsAndMonths', count: 1, months: 1 });
  });
});

describe('housekeeping keeping times', () => {
  it('speaks of days from two whole days, of hours below', () => {
    expect(hoursWording(720)).toEqual({ key: 'duration.days', count: 30 });
    expect(hoursWording(48)).toEqual({ key: 'duration.days', count: 2 });
    expect(hoursWording(24)).toEqual({ key: 'duration.hours', count: 24 });
    expect(hoursWording(36)).toEqual({ key: 'duration.hours', count: 36 });
  });
});

describe('retention runs', () => {
  it('says what started a run: the schedule, the command line or a partner in the dashboard', () => {
    expect(startedByWording({ startedVia: 'schedule', triggeredBy: null })).toEqual({ key: 'runs.startedVia.schedule' });
    expect(startedByWording({ startedVia: 'cli', triggeredBy: null })).toEqual({ key: 'runs.startedVia.cli' });
    expect(startedByWording({ startedVia: 'dashboard', triggeredBy: { fullName: 'Partner Test' } })).toEqual({ key: 'runs.startedVia.dashboard', name: 'Partner Test' });
    // Runs from before it was recorded.
    expect(startedByWording({ startedVia: null, triggeredBy: null })).toEqual({ key: 'runs.system' });
    expect(startedByWording({ startedVia: null, triggeredBy: { fullName: 'Partner Test' } })).toEqual({ name: 'Partner Test' });
  });

  it('colours failures red and interruptions orange', () => {
    expect(runStatusColor('failed')).toBe('red');
    expect(runStatusColor('interrupted')).toBe('orange');
    expect(runStatusColor('completed')).toBe('teal');
    expect(runStatusColor('running')).toBe('blue');
  });

  it('shows progress as a share of the records to handle', () => {
    expect(runProgress({ status: 'running', processed: 50, total: 200 })).toBe(25);
    expect(runProgress({ status: 'completed', processed: 200, total: 200 })).toBe(100);
    expect(runProgress({ status: 'running', processed: 0, total: 0 })).toBe(0);
    // Nothing was due: the run is done, not stuck at nought.
    expect(runProgress({ status: 'completed', processed: 0, total: 0 })).toBe(100);
  });

  it('polls only while a run is going', () => {
    expect(anyRunning([{ status: 'completed' }, { status: 'running' }])).toBe(true);
    expect(anyRunning([{ status: 'completed' }, { status: 'failed' }])).toBe(false);
    expect(anyRunning([])).toBe(false);
  });
});
