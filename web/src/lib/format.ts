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
