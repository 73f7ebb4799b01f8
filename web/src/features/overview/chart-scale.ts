/** A "nice" top for the y axis (1, 2, 5 × 10ⁿ) and its ticks, so the gridlines read as round numbers. */
export function niceScale(max: number, ticks = 4): { top: number; step: number; values: number[] } {
  if (max <= 0) return { top: ticks, step: 1, values: Array.from({ length: ticks + 1 }, (_, i) => i) };
  const rough = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const top = Math.ceil(max / step) * step;
  return { top, step, values: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step) };
}

/** `2026-11-01` → "nov." (or "Nov" in English), the month as a short label in the UI's language. */
export function monthLabel(month: string, language: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

export function monthAndYear(month: string, language: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}
