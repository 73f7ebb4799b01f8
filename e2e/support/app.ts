import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const apiDir = join(root, 'api');
// E2E_WEB_DIST lets parallel work build the dashboard into its own folder.
const webDist = process.env.E2E_WEB_DIST ?? join(root, 'web', 'dist');

export type RunningApp = { baseUrl: string; stop: () => Promise<void> };

/**
 * Starts the product as it ships: the API in production mode serving the built dashboard,
 * on a fresh embedded database seeded with the demo data. Builds nothing: run
 * `pnpm --filter @pvr/web build` first.
 */
export async function startApp(): Promise<RunningApp> {
  if (!existsSync(join(webDist, 'index.html'))) throw new Error(`No dashboard build in ${webDist}: run \`pnpm --filter @pvr/web build\` first`);
  const dataDir = mkdtempSync(join(tmpdir(), 'pvr-e2e-data-'));
  const port = await freePort();
  const output: string[] = [];
  // `--import tsx` resolves from api/, where tsx is installed; node itself is the child, so stop() reaches it.
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DEMO: '1',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      COOKIE_SECURE: 'false',
      WEB_DIST: webDist,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const remember = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  server.stdout?.on('data', remember);
  server.stderr?.on('data', remember);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopProcess(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, server, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

async function waitUntilReady(baseUrl: string, server: ChildProcess, output: string[], timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited (code ${server.exitCode}) before it was ready:\n${output.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server was not ready within ${timeoutMs / 1000} s:\n${output.join('')}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
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
