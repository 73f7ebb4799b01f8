import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const environment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  /** A role to act as on PostgreSQL (migration 0004 creates `pvr_app`); recommended in production. */
  DATABASE_APP_ROLE: z.string().regex(/^[a-z_][a-z0-9_]*$/).optional(),
  /**
   * `0`: no named prepared statements, for a pooler that cannot keep them (PgBouncer before
   * 1.21 in transaction mode). Default: prepared, one round trip per statement.
   */
  DATABASE_PREPARE: z.enum(['0', '1']).default('1'),
  /** The embedded database and local key live here; relative paths are from the repository root. */
  DATA_DIR: z.string().default('.data'),
  /** Key for pseudonyms in the audit log and hashes in erasure tombstones (32+ bytes, hex or base64). */
  SECRET_KEY: z.string().min(32).optional(),
  /** Demo mode seeds invented data and prints demo logins. Never in a real installation. */
  DEMO: z.enum(['0', '1']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the built dashboard lives; served by the API in production. */
  WEB_DIST: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /** `auto`: Secure cookies in production unless the server only listens on loopback. */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  /**
   * The reverse proxies whose X-Forwarded-For to believe: comma-separated addresses or CIDRs
   * (e.g. `127.0.0.1,10.0.0.0/8`). Unset: none, the socket's address is the client's.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^[0-9a-fA-F:./]+(,[0-9a-fA-F:./]+)*$/, 'a comma-separated list of addresses or CIDRs')
    .optional(),
  /** Outgoing mail, e.g. smtp://user:pass@host:587. Unset: mail stays in the outbox (dashboard). */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).optional(),
  MAIL_SEND_INTERVAL_SECONDS: z.coerce.number().positive().default(10),
  /** Where the public links in emails point (the website's origin for /public and /min-konto). */
  PUBLIC_BASE_URL: z.string().url().optional(),
  PRIVACY_STATEMENT_VERSION: z.string().min(1).max(50).default('2021-10-29'),
  /** Shared secret of the mail provider's bounce webhook; unset refuses every bounce report. */
  BOUNCE_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** Hours between scheduled retention runs inside the server; 0 turns the schedule off (default in tests). */
  RETENTION_SCHEDULE_HOURS: z.coerce.number().min(0).max(24 * 31).optional(),
});

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databaseAppRole: string | undefined;
  databasePrepare: boolean;
  dataDir: string;
  secretKey: Buffer;
  demo: boolean;
  logLevel: string;
  webDist: string | undefined;
  session: { idleMs: number; absoluteMs: number };
  cookie: { secure: boolean };
  /** Reverse proxies whose X-Forwarded-For is believed (TRUST_PROXY). */
  trustedProxies: string[];
  mail: { smtpUrl: string | undefined; from: string; sendIntervalMs: number };
  publicBaseUrl: string;
  privacyStatementVersion: string;
  bounceWebhookSecret: string | undefined;
  retentionScheduleHours: number;
};

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseAppRole: e.DATABASE_APP_ROLE,
    databasePrepare: e.DATABASE_PREPARE === '1',
    dataDir: resolve(repositoryRoot, e.DATA_DIR),
    secretKey: e.SECRET_KEY ? Buffer.from(e.SECRET_KEY) : localSecretKey(resolve(repositoryRoot, e.DATA_DIR), e.NODE_ENV),
    demo: e.DEMO === '1',
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST,
    session: { idleMs: e.SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000 },
    cookie: { secure: cookieSecure(e.COOKIE_SECURE, e.NODE_ENV, e.HOST) },
    trustedProxies: e.TRUST_PROXY ? e.TRUST_PROXY.split(',') : [],
    mail: { smtpUrl: e.SMTP_URL, from: mailFrom(e.MAIL_FROM, e.SMTP_URL), sendIntervalMs: e.MAIL_SEND_INTERVAL_SECONDS * 1000 },
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://${e.HOST === '0.0.0.0' ? '127.0.0.1' : e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    privacyStatementVersion: e.PRIVACY_STATEMENT_VERSION,
    bounceWebhookSecret: e.BOUNCE_WEBHOOK_SECRET,
    retentionScheduleHours: e.RETENTION_SCHEDULE_HOURS ?? (e.NODE_ENV === 'test' ? 0 : 24),
  };
}

/**
 * Without SECRET_KEY, a key is made once and kept beside the embedded database — outside the
 * database itself, so a dump alone cannot be used to test guesses against tombstone hashes.
 * A production installation on PostgreSQL must set SECRET_KEY.
 */
function localSecretKey(dataDir: string, env: string): Buffer {
  if (env === 'production' && process.env.DATABASE_URL) {
    throw new Error('SECRET_KEY must be set in production when DATABASE_URL is used');
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secret.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return Buffer.from(readFileSync(file, 'utf8').trim());
}

function cookieSecure(setting: 'auto' | 'true' | 'false', env: string, host: string): boolean {
  if (setting !== 'auto') return setting === 'true';
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  return env === 'production' && !loopback;
}

/** A real sender needs a real From address; without SMTP the outbox only shows it. */
function mailFrom(from: string | undefined, smtpUrl: string | undefined): string {
  if (smtpUrl && !from) throw new Error('Invalid configuration: MAIL_FROM must be set when SMTP_URL is set');
  return from ?? 'Personvernregister <ikke-svar@localhost>';
}
