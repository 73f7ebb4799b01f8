import { keepComplianceTasksCurrentNow } from '../../compliance/task-upkeep.ts';
import type { JobEnvironment } from './job-context.ts';
import { runRetentionJob } from './run-job.ts';

type Log = { info(obj: object, msg: string): void; error(obj: object, msg: string): void };

export type RetentionSchedule = { stop(): Promise<void> };

/**
 * Runs the retention job (applying the rules) every `intervalHours` inside the server, the first
 * time a few minutes after start, and keeps the compliance task list current. Runs never overlap
 * here (the next is planned when one ends) nor across processes (the job's advisory lock).
 * Logs carry counts and ids of runs only.
 */
export function startRetentionSchedule(env: JobEnvironment, options: { intervalHours: number; firstRunDelayMs?: number; log: Log }): RetentionSchedule {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let stopped = false;

  const tick = async () => {
    try {
      const result = await runRetentionJob(env, { mode: 'apply', startedVia: 'schedule', now: new Date() });
      if (result.status === 'locked') options.log.info({}, 'retention run skipped: another run holds the lock');
      else options.log.info({ runId: result.run.id, status: result.run.status, processed: result.run.processed }, 'retention run finished');
      await keepComplianceTasksCurrentNow(env);
    } catch (error) {
      options.log.error({ errorName: error instanceof Error ? error.name : 'Error' }, 'scheduled retention run failed');
    }
  };
  const plan = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = tick().finally(() => plan(options.intervalHours * 3_600_000));
    }, delayMs);
    timer.unref();
  };
  plan(options.firstRunDelayMs ?? 5 * 60_000);

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
