const dayMs = 86_400_000;

/**
 * All seeded times are offsets from the start of the current UTC day, so the data is identical
 * for every run on the same day and never lies in the future.
 */
export type Clock = {
  anchor: Date;
  /** A moment `days` days before the anchor, at a working-hours time (Oslo) when `minuteOfDay` is given. */
  daysAgo(days: number, minuteOfDay?: number): Date;
  /** A date (YYYY-MM-DD) `days` days from the anchor; negative for the past. */
  dateIn(days: number): string;
};

export function createClock(now: Date): Clock {
  const anchor = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return {
    anchor,
    daysAgo: (days, minuteOfDay = 9 * 60) => new Date(anchor.getTime() - days * dayMs + minuteOfDay * 60_000),
    dateIn: (days) => toDateString(new Date(anchor.getTime() + days * dayMs)),
  };
}

export const toDateString = (date: Date) => date.toISOString().slice(0, 10);

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);

export const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

export const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / dayMs);

/** One calendar month later (GDPR Art. 12(3) deadline), as a date string. */
export function oneMonthAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCMonth(d.getUTCMonth() + 1, 1);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return toDateString(d);
}
