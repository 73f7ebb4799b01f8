/**
 * Calendar dates (YYYY-MM-DD) as they are in Norway: deadlines and review dates are Oslo
 * office days, not UTC (a request that arrives at 00:30 on 1 March Oslo time was received on
 * 1 March). No dependencies, so the shared input schemas (and the web app) can use it.
 */
const osloParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

export type CalendarDate = string;

/** The Oslo calendar date of an instant. */
export function osloDateOf(instant: Date): CalendarDate {
  const parts = osloParts.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export const osloToday = (now: Date = new Date()): CalendarDate => osloDateOf(now);

/** A calendar date moved by whole days. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
