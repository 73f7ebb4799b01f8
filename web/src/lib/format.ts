/** Dates are always shown as they read in Norway, whatever the browser's own time zone. */
const osloDate = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short' });
const osloDateTime = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' });

/** `2026-06-30T22:30:00Z` → `01.07.2026` (the calendar day in Oslo). */
export function formatDate(instant: string | Date): string {
  return osloDate.format(toDate(instant));
}

/** `2026-06-30T22:30:00Z` → `01.07.2026, 00:30`. */
export function formatDateTime(instant: string | Date): string {
  return osloDateTime.format(toDate(instant));
}

function toDate(instant: string | Date): Date {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(instant)}`);
  return date;
}

/**
 * Norwegian numbers as Norwegians write them: mobiles `412 34 567`, others `22 12 34 56`.
 * Numbers from other countries stay in international form (`+46701234567`).
 */
export function formatPhone(e164: string): string {
  const norwegian = /^\+47(\d{8})$/.exec(e164)?.[1];
  if (!norwegian) return e164;
  const mobile = norwegian.startsWith('4') || norwegian.startsWith('9');
  return mobile
    ? `${norwegian.slice(0, 3)} ${norwegian.slice(3, 5)} ${norwegian.slice(5)}`
    : `${norwegian.slice(0, 2)} ${norwegian.slice(2, 4)} ${norwegian.slice(4, 6)} ${norwegian.slice(6)}`;
}

/** A calendar date from the API (`2026-11-17`, no time zone) as Norwegians write it: `17.11.2026`. */
export function formatCalendarDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a calendar date: ${date}`);
  return `${match[3]}.${match[2]}.${match[1]}`;
}

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function partsInOslo(instant: Date): Record<string, string> {
  return Object.fromEntries(osloParts.formatToParts(instant).map((part) => [part.type, part.value]));
}

/** Today's date in Oslo, `YYYY-MM-DD`, whatever the browser's time zone. */
export function osloToday(now = new Date()): string {
  const p = partsInOslo(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The value for an `<input type="datetime-local">` showing this instant in Oslo: `2026-07-01T12:00`. */
export function toOsloLocalInput(instant: Date): string {
  const p = partsInOslo(instant);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * The instant an Oslo wall-clock time (`2026-07-01T12:00`) stands for. In the hour clocks go
 * back it is the first of the two; a time skipped in spring moves forward, as a clock would.
 */
export function fromOsloLocalInput(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new RangeError(`Not a local date and time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Oslo is UTC+1 or UTC+2: try both offsets, earliest first, and keep the one that reads back.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(wall - offsetHours * 3_600_000);
    if (toOsloLocalInput(candidate) === local) return candidate;
  }
  return new Date(wall - 3_600_000);
}

/** Whole days from Oslo's today to a calendar date: negative when it has passed. */
export function daysFromToday(date: string, now = new Date()): number {
  const [ty, tm, td] = osloToday(now).split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(ty, tm - 1, td)) / 86_400_000);
}

/** A period picked as Oslo calendar days (`from` and `to` inclusive) as the API's instants. */
export function osloDayRange(from: string, to: string): { from: string | null; to: string | null } {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const start = day.test(from) ? fromOsloLocalInput(`${from}T00:00`).toISOString() : null;
  let end: string | null = null;
  if (day.test(to)) {
    const [y, m, d] = to.split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    end = new Date(fromOsloLocalInput(`${next}T00:00`).getTime() - 1).toISOString();
  }
  return { from: start, to: end };
}
