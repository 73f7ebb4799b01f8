import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type ServerProcess = { url: string; pid: number; child: ChildProcess; stop(): Promise<void> };

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts a Node program as a child process (one process, so /proc/<pid>/stat is the server's
 * own CPU), waits until `readyPath` answers, and stops it with SIGTERM.
 */
export async function startProcess(options: { script: string; cwd: string; port: number; env: Record<string, string>; readyPath: string }): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE_DIR] : []), '--import', 'tsx', options.script], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.script} exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}${options.readyPath}`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`${options.script} did not become ready in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid ?? 0,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** The production API server on the bench database, counting statements per request. */
export function startApi(env: Record<string, string>, port: number) {
  return startProcess({
    script: 'src/main.ts',
    cwd: `${repositoryRoot}api`,
    port,
    readyPath: '/readyz',
    env: {
      NODE_ENV: 'production',
      EXPOSE_STATEMENT_COUNT: '1',
      LOG_LEVEL: 'warn',
      // The scheduled retention job would start deleting "inactive" bench candidates mid-run.
      RETENTION_SCHEDULE_HOURS: '0',
      SECRET_KEY: 'bench-secret-key-not-for-production-0123456789abcdef',
      ...env,
    },
  });
}

/** CPU time (user + system) the process has used so far, in milliseconds; null off Linux. */
export function cpuMillisOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at ") ": utime is 14th, stime 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / clockTicksPerSecond;
  } catch {
    return null;
  }
}

/**
 * CPU time of every local `postgres` process (backends, WAL writer, checkpointer…) by pid, in
 * milliseconds: the database's share of a run on this machine. Empty off Linux.
 */
export function postgresCpuMillis(): Map<number, number> {
  const byPid = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return byPid;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue; // exited meanwhile
    }
    const ms = cpuMillisOf(Number(entry));
    if (ms !== null) byPid.set(Number(entry), ms);
  }
  return byPid;
}

/** USER_HZ is 100 on every mainstream Linux build. */
const clockTicksPerSecond = 100;
