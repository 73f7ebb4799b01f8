import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import { freePort } from './product-process.ts';

const run = promisify(execFile);
export const postgresBin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
/** The fault tests need their own server: the shared one on 5432 is never stopped. */
export const privatePostgresAvailable = existsSync(join(postgresBin, 'initdb')) && existsSync(join(postgresBin, 'pg_ctl'));

export type PrivatePostgres = {
  port: number;
  /** The superuser's URL for a database on this cluster (TCP on loopback, trust auth). */
  urlOf: (database: string) => string;
  /** `pg_ctl stop`: fast (sessions ended, clean checkpoint) or immediate (a crash, WAL replay on start). */
  stop: (mode: 'fast' | 'immediate') => Promise<void>;
  start: () => Promise<void>;
  /** The server's own log, for a failure message. */
  log: () => string;
  destroy: () => Promise<void>;
};

/**
 * A throwaway PostgreSQL cluster in a temporary directory, on a free loopback port with its
 * unix socket inside that directory. initdb refuses to run as root, so as root every
 * PostgreSQL binary runs as the `postgres` system user (runuser), which owns the directory.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'pvr-private-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const port = await freePort();
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const pg = (binary: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(postgresBin, binary), ...args]) : run(join(postgresBin, binary), args);

  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-instructions']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=60`;
  const start = async () => {
    await pg('pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', options]);
  };
  await start();

  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    urlOf,
    start,
    stop: async (mode) => {
      await pg('pg_ctl', ['stop', '-D', dataDir, '-m', mode, '-w', '-t', '60']);
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    destroy: async () => {
      await pg('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w', '-t', '30']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a database on the private cluster and returns its URL. */
export async function createPrivateDatabase(server: PrivatePostgres, name: string): Promise<string> {
  const admin = await openDatabase({ url: server.urlOf('postgres'), maxConnections: 1 });
  try {
    await admin.db.execute(sql.raw(`CREATE DATABASE "${name}"`));
  } finally {
    await admin.close();
  }
  return server.urlOf(name);
}
