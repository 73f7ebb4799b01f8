/** Calendar dates as YYYY-MM-DD in Europe/Oslo: review dates are Norwegian office days, not UTC. */
const osloParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

export function osloToday(now: Date = new Date()): string {
  const part = (type: string) => osloParts.formatToParts(now).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
