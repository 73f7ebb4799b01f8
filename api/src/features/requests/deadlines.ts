import { addDays, addMonths, differenceInCalendarDays, format } from 'date-fns';
import { osloDateOf, type CalendarDate } from '../../shared/oslo-dates.ts';

/**
 * The legal deadline of a data-subject request (GDPR Art. 12(3)): one calendar month from
 * receipt, extendable once by two further months; the clock stands still while the firm waits
 * for the requester to prove who they are (Art. 12(6)). Pure: every function takes dates in.
 *
 * A month is a calendar month, not 30 days: 31 Jan → 28 Feb (29 Feb in a leap year),
 * 30 Apr → 30 May. The extension is two months from the one-month deadline (the earlier and so
 * the safer of the readings: 31 Jan → 28 Feb → 28 Apr), and paused days are added on top, so the
 * order in which a pause and an extension happen does not change the result.
 */
export const responseMonths = 1;
export const extensionMonths = 2;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Local noon of a calendar date. date-fns counts in local time; noon is never skipped or
 * doubled by a daylight-saving change, so the date survives whatever TZ the process runs in.
 */
function noonOf(date: CalendarDate): Date {
  const match = isoDate.exec(date);
  const noon = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12) : new Date(Number.NaN);
  if (Number.isNaN(noon.getTime()) || format(noon, 'yyyy-MM-dd') !== date) throw new RangeError('Not a calendar date (YYYY-MM-DD)');
  return noon;
}

const dateOf = (noon: Date): CalendarDate => format(noon, 'yyyy-MM-dd');

export const addCalendarMonths = (date: CalendarDate, months: number): CalendarDate => dateOf(addMonths(noonOf(date), months));

export const addCalendarDays = (date: CalendarDate, days: number): CalendarDate => dateOf(addDays(noonOf(date), days));

/** Whole calendar days from `from` to `to` (negative when `to` comes first). */
export const calendarDaysBetween = (from: CalendarDate, to: CalendarDate): number => differenceInCalendarDays(noonOf(to), noonOf(from));

/** The deadline for a request received on `receivedOn`, after `pausedDays` of pause, with or without the extension. */
export function deadlineOf(receivedOn: CalendarDate, pausedDays: number, extended: boolean): CalendarDate {
  const oneMonth = addCalendarMonths(receivedOn, responseMonths);
  const end = extended ? addCalendarMonths(oneMonth, extensionMonths) : oneMonth;
  return addCalendarDays(end, pausedDays);
}

/** Whole Oslo days between asking for proof of identity and receiving it; the same day is 0. */
export function pausedDaysBetween(requestedAt: Date, verifiedAt: Date): number {
  return Math.max(0, calendarDaysBetween(osloDateOf(requestedAt), osloDateOf(verifiedAt)));
}

export const openStatuses = ['received', 'identity_verified', 'in_progress'] as const;

export type DeadlineFacts = {
  status: string;
  dueOn: CalendarDate;
  extendedDueOn: CalendarDate | null;
  identityRequestedAt: Date | null;
  identityVerifiedAt: Date | null;
};

export const isOpen = (r: Pick<DeadlineFacts, 'status'>): boolean => (openStatuses as readonly string[]).includes(r.status);

/** Waiting for the requester's proof of identity: the clock stands still. */
export const isPaused = (r: DeadlineFacts): boolean => isOpen(r) && r.identityRequestedAt !== null && r.identityVerifiedAt === null;

/**
 * The deadline in force on `today`: the extended one if any, else the one-month one; while the
 * clock is paused, moved by the days paused so far, so that the days left stay the same.
 */
export function effectiveDueOn(r: DeadlineFacts, today: CalendarDate): CalendarDate {
  const stored = r.extendedDueOn ?? r.dueOn;
  if (!isPaused(r) || !r.identityRequestedAt) return stored;
  return addCalendarDays(stored, Math.max(0, calendarDaysBetween(osloDateOf(r.identityRequestedAt), today)));
}

/** Days until the deadline in Oslo (0 on the day itself, negative when overdue); null once closed. */
export function daysLeftOf(r: DeadlineFacts, today: CalendarDate): number | null {
  return isOpen(r) ? calendarDaysBetween(today, effectiveDueOn(r, today)) : null;
}

export const isOverdue = (r: DeadlineFacts, today: CalendarDate): boolean => (daysLeftOf(r, today) ?? 0) < 0;
