import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Shared column builders, so every table spells ids and times the same way. */
export const id = () => uuid('id').primaryKey().defaultRandom();

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** CHECK that an email column holds the normalised (trimmed, lower-case) form. */
export const normalisedEmailCheck = (column: string) =>
  sql.raw(`${column} = lower(btrim(${column})) AND ${column} ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'`);

/** CHECK that a phone column holds E.164 (+ and 8–15 digits). */
export const e164Check = (column: string) => sql.raw(`${column} ~ '^\\+[1-9][0-9]{7,14}$'`);

/** CHECK that an IP was anonymised before it was stored (IPv4 /24 or IPv6 /48). */
export const anonymisedIpCheck = (column: string) =>
  sql.raw(
    `${column} ~ '^[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.0$' OR ${column} ~ '^[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::$'`,
  );

/** SQL list literal for a CHECK ... IN (...) over a TypeScript tuple of values. */
export const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} IN (${values.map((v) => `'${v}'`).join(', ')})`);
