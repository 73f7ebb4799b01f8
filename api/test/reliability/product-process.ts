import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '@pvr/db';
import { createTestDatabase, type TestDatabase } from '@pvr/db/testing';

const apiDir = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const secretKey = 'reliability-secret-key-0123456789abcdef0123456789';

export type Product = {
  baseUrl: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr, in order. */
  output: () => string;
  /** The owner's handle on the product's database (PGlite: only once the process has stopped). */
  ownerDb: () => Promise<Database>;
  stop: (signal?: NodeJS.Signals) => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  cleanUp: () => Promise<void>;
};

/**
 * Starts the product as it ships (`src/main.ts`, production mode, demo seed) as a child
 * process: on a fresh PostgreSQL database cloned from the test template (as the app role), or
 * on an embedded PGlite in a temporary directory when TEST_DRIVER=pglite.
 */
export async function startProduct(env: Record<string, string> = {}, options: { databaseUrl?: string } = {}): Promise<Product> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pvr-reliability-'));
  const port = await freePort();
  const database: TestDatabase | null = options.databaseUrl || process.env.TEST_DRIVER === 'pglite' ? null : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? database?.url;
  const chunks: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      DEMO: '1',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      COOKIE_SECURE: 'false',
      WEB_DIST: join(dataDir, 'no-dashboard'),
      SECRET_KEY: secretKey,
      RETENTION_SCHEDULE_HOURS: '0',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl, DATABASE_APP_ROLE: 'pvr_app' } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  const baseUrl = `http://127.0.0.1:${port}`;
  let owner: { db: Database; close: () => Promise<void> } | null = null;

  const product: Product = {
    baseUrl,
    child,
    output: () => chunks.join(''),
    ownerDb: async () => {
      if (!owner) owner = database ?? (await openDatabase({ url: databaseUrl, dataDir: join(dataDir, 'pglite') }));
      return owner.db;
    },
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
    cleanUp: async () => {
      await product.stop('SIGKILL');
      if (owner && owner !== database) await owner.close();
      await database?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitUntilReady(product);
  } catch (error) {
    await product.cleanUp();
    throw error;
  }
  return product;
}

export async function waitUntilReady(product: Pick<Product, 'baseUrl' | 'child' | 'output'>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (product.child.exitCode !== null) throw new Error(`The product exited (${product.child.exitCode}) before it was ready:\n${product.output()}`);
    try {
      if ((await fetch(`${product.baseUrl}/readyz`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Not ready within ${timeoutMs / 1000} s:\n${product.output()}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}
