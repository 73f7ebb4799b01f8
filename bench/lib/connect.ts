import postgres from 'postgres';
import { postgresUrlParts } from '@pvr/db';

/** `postgres(url, options)` that also takes libpq's `?host=/socket/directory`, as the API does. */
export function connectPostgres(url: string, options: postgres.Options<Record<string, postgres.PostgresType>>) {
  const { url: plain, socketDirectory } = postgresUrlParts(url);
  return postgres(plain, { ...(socketDirectory ? { host: socketDirectory } : {}), ...options });
}
