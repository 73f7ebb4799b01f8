import { describe, expect, it } from 'vitest';
import { i18next } from '../../lib/i18n';
import { countdownOf, toneOf } from './request-deadline';
import './requests.i18n';

describe('the countdown of a request', () => {
  it('counts the days left, and calls the last day "today"', () => {
    expect(countdownOf({ status: 'received', paused: false, daysLeft: 3 })).toEqual({ state: 'left', days: 3 });
    expect(countdownOf({ status: 'in_progress', paused: false, daysLeft: 0 })).toEqual({ state: 'today' });
  });

  it('counts the days overdue once the deadline has passed', () => {
    expect(countdownOf({ status: 'identity_verified', paused: false, daysLeft: -2 })).toEqual({ state: 'overdue', days: 2 });
  });

  it('shows no day count while waiting for proof of identity', () => {
    expect(countdownOf({ status: 'received', paused: true, daysLeft: 12 })).toEqual({ state: 'paused' });
  });

  it('has no countdown once the request is closed, even if it was late', () => {
    expect(countdownOf({ status: 'completed', paused: false, daysLeft: null })).toEqual({ state: 'completed' });
    expect(countdownOf({ status: 'refused', paused: false, daysLeft: -5 })).toEqual({ state: 'refused' });
  });

  it('is urgent within a week, and red once overdue', () => {
    expect(toneOf({ state: 'left', days: 8 })).toBe('running');
    expect(toneOf({ state: 'left', days: 7 })).toBe('urgent');
    expect(toneOf({ state: 'today' })).toBe('urgent');
    expect(toneOf({ state: 'overdue', days: 1 })).toBe('overdue');
    expect(toneOf({ state: 'paused' })).toBe('waiting');
    expect(toneOf({ state: 'completed' })).toBe('closed');
  });

  it('reads naturally in Norwegian, one and many', async () => {
    await i18next.changeLanguage('nb');
    const t = i18next.getFixedT('nb', 'requests');
    expect(t('countdown.left', { count: 3 })).toBe('3 dager igjen');
    expect(t('countdown.left', { count: 1 })).toBe('1 dag igjen');
    expect(t('countdown.overdue', { count: 2 })).toBe('2 dager på overtid');
    expect(t('countdown.today')).toBe('Forfaller i dag');
    expect(t('countdown.paused')).toBe('På vent – venter på ID-bekreftelse');
  });
});
