/**
 * How big the generated data is and where it goes. Everything is derived from BENCH_SEED, so
 * two runs with the same seed and scale load the same rows (ids, names, times, text).
 */
export type Scale = 'full' | 'small' | 'tiny';

export type Sizes = {
  candidates: number;
  /** Consent events come out at about 10 per candidate, with a long tail beyond 200. */
  cases: number;
  callNotes: number;
  subscribers: number;
  processors: number;
  auditEntries: number;
};

export const sizesByScale: Record<Scale, Sizes> = {
  full: { candidates: 100_000, cases: 5_000, callNotes: 50_000, subscribers: 20_000, processors: 500, auditEntries: 200_000 },
  small: { candidates: 10_000, cases: 500, callNotes: 5_000, subscribers: 2_000, processors: 50, auditEntries: 20_000 },
  tiny: { candidates: 500, cases: 25, callNotes: 250, subscribers: 100, processors: 10, auditEntries: 1_000 },
};

/** The firm's own people: enough for visibility rules to matter. */
export const userCounts = { partner: 8, staff: 30, auditor: 2 } as const;

/** The login the benchmark drives the dashboard with; bench data only, never a real account. */
export const benchLogin = { email: 'bench-partner-01@example.test', password: 'bench-password-not-secret-0001' } as const;

/** Fixed "now" of the data, so the same seed gives the same timestamps on any day. */
export const anchor = '2026-11-01T00:00:00Z';

export function currentScale(): Scale {
  const value = process.env.SCALE ?? 'full';
  if (value !== 'full' && value !== 'small' && value !== 'tiny') throw new Error(`SCALE must be full, small or tiny (got ${value})`);
  return value;
}

export const seed = (): number => Number(process.env.BENCH_SEED ?? 7);

export type Target = { kind: 'postgres'; url: string; database: string } | { kind: 'pglite'; dataDir: string };

/** The embedded bench installation: DATA_DIR for the server, with the database in `pglite/` as in the product. */
export const pgliteDataDir = (scale: Scale) => process.env.BENCH_DATA_DIR ?? new URL(`../../.data/bench-${scale}`, import.meta.url).pathname;
export const pgliteDir = (scale: Scale) => `${pgliteDataDir(scale)}/pglite`;

/**
 * The PostgreSQL bench database: a database of its own (default `pvr_bench`, `pvr_bench_small`,
 * `pvr_bench_tiny` by scale), dropped and
 * made anew by the generator. The test databases are refused by name.
 */
export function postgresTarget(scale: Scale): Extract<Target, { kind: 'postgres' }> {
  const url = process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/pvr_bench${scale === 'full' ? '' : `_${scale}`}`;
  const database = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error('BENCH_DATABASE_URL must name a database (letters, digits, _)');
  if (database === 'test' || database.startsWith('pvr_test') || database === 'postgres' || database.startsWith('template')) {
    throw new Error(`Refusing to use "${database}" as the bench database: the generator drops and recreates it`);
  }
  return { kind: 'postgres', url, database };
}

export function currentTarget(scale: Scale): Target {
  return process.env.BENCH_DRIVER === 'pglite' ? { kind: 'pglite', dataDir: pgliteDir(scale) } : postgresTarget(scale);
}
