/**
 * A `postgres` driver URL and the Unix-socket directory it names, if any. libpq names one with
 * `?host=` (`postgres://user@localhost/db?host=/var/run/postgresql`); postgres.js reads the
 * server only from the URL's host and would send `host` on to PostgreSQL as a setting, which
 * refuses it. An API on the database's own machine connects through the socket: no TCP on
 * either side for every statement (bench/README.md).
 */
export function postgresUrlParts(url: string): { url: string; socketDirectory?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  const host = parsed.searchParams.get('host');
  if (!host?.startsWith('/')) return { url };
  parsed.searchParams.delete('host');
  return { url: parsed.toString(), socketDirectory: host };
}
