import type { RetentionRunStatus, RetentionRunTrigger } from '../../gql/graphql';

/** How a duration reads: "2 år", "3 måneder" or "2 år og 6 måneder" — never "30 måneder". */
export type DurationWording = { key: 'duration.years'; count: number } | { key: 'duration.months'; count: number } | { key: 'duration.yearsAndMonths'; count: number; months: number };

export function durationWording(months: number): DurationWording {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return { key: 'duration.months', count: months };
  if (rest === 0) return { key: 'duration.years', count: years };
  return { key: 'duration.yearsAndMonths', count: years, months: rest };
}

/** A housekeeping step's keeping time: "30 dager", "24 timer" — days once it is two or more whole days. */
export function hoursWording(hours: number): { key: 'duration.days' | 'duration.hours'; count: number } {
  return hours >= 48 && hours % 24 === 0 ? { key: 'duration.days', count: hours / 24 } : { key: 'duration.hours', count: hours };
}

/**
 * Who or what started a run. Runs from before this was recorded say only that it was not a
 * partner (or name the partner, whose runs were backfilled as dashboard runs).
 */
export type StartedByWording = { key: 'runs.startedVia.dashboard'; name: string } | { key: 'runs.startedVia.schedule' | 'runs.startedVia.cli' | 'runs.system' } | { name: string };

export function startedByWording(run: { startedVia?: RetentionRunTrigger | null; triggeredBy?: { fullName: string } | null }): StartedByWording {
  switch (run.startedVia) {
    case 'schedule':
      return { key: 'runs.startedVia.schedule' };
    case 'cli':
      return { key: 'runs.startedVia.cli' };
    case 'dashboard':
      return { key: 'runs.startedVia.dashboard', name: run.triggeredBy?.fullName ?? '–' };
    default:
      return run.triggeredBy ? { name: run.triggeredBy.fullName } : { key: 'runs.system' };
  }
}

/** The badge colour of a run's status: red for what needs looking into. */
export function runStatusColor(status: RetentionRunStatus): string {
  switch (status) {
    case 'running':
      return 'blue';
    case 'completed':
      return 'teal';
    case 'failed':
      return 'red';
    case 'interrupted':
      return 'orange';
  }
}

/** Per cent handled, for the progress bar; a finished run with nothing to do is full, not empty. */
export function runProgress(run: { status: RetentionRunStatus; processed: number; total: number }): number {
  if (run.total <= 0) return run.status === 'running' ? 0 : 100;
  return Math.min(100, Math.round((run.processed / run.total) * 100));
}

/** A list with a run still going is polled, so its progress moves without reloading. */
export function anyRunning(runs: readonly { status: RetentionRunStatus }[]): boolean {
  return runs.some((run) => run.status === 'running');
}
