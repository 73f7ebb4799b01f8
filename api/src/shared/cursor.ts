import { sql, type AnyColumn } from '@pvr/db/orm';
import { AppError } from '../errors.ts';

/**
 * A timestamp as text with microseconds, for keyset cursors: a JS Date keeps only
 * milliseconds, and a truncated cursor would skip rows written in the same millisecond.
 */
export const cursorTime = (column: AnyColumn) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Keyset cursors: the sort value and id of the last row, opaque to the client. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * A keyset page from the `first + 1` rows read for it: the first `first` rows, whether more
 * follow (the extra row), and the cursor after the last row kept (`cursorOf` its sort values).
 */
export function keysetPage<R>(rows: readonly R[], first: number, cursorOf: (row: R) => readonly (string | number | null)[]) {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: last === undefined ? null : encodeCursor(cursorOf(last)) } };
}

export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === arity && values.every((v) => v === null || ['string', 'number'].includes(typeof v))) {
      return values as (string | number | null)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this list', { field: 'after' });
}

/** Escapes %, _ and \ so user text matches literally inside ILIKE. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
