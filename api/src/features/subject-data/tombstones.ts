import { createHmac } from 'node:crypto';
import type { Database, Transaction } from '@pvr/db';
import { schema } from '@pvr/db';
import { arrayOverlaps } from '@pvr/db/orm';
import { normaliseName } from './redaction.ts';
import { normaliseEmail } from './subject.ts';

type Identifiers = { email?: string | null; phone?: string | null; name?: string | null };

/**
 * Keyed hashes (HMAC-SHA256 with the secret key, which lives outside the database) of each
 * identifier: a dump of the database alone cannot test guesses against them.
 */
export function identifierHashes(secretKey: Buffer, identifiers: Identifiers): string[] {
  const values = [
    identifiers.email ? `email:${normaliseEmail(identifiers.email)}` : null,
    identifiers.phone ? `phone:${identifiers.phone}` : null,
    identifiers.name ? `name:${normaliseName(identifiers.name)}` : null,
  ].filter((value): value is string => value !== null);
  return values.map((value) => createHmac('sha256', secretKey).update(value, 'utf8').digest('hex'));
}

/**
 * Whether someone with this email (or E.164 phone) was erased before, e.g. to warn when the
 * same person is imported again. Names are not checked: they are not unique.
 * Takes the request context or any `{ db, secretKey }`.
 */
export async function isErased(
  source: { db: Database | Transaction; secretKey: Buffer },
  identifiers: { email?: string | null; phone?: string | null },
): Promise<boolean> {
  const hashes = identifierHashes(source.secretKey, { email: identifiers.email, phone: identifiers.phone });
  if (!hashes.length) return false;
  const [hit] = await source.db
    .select({ id: schema.erasureTombstones.id })
    .from(schema.erasureTombstones)
    .where(arrayOverlaps(schema.erasureTombstones.identifierHashes, hashes))
    .limit(1);
  return Boolean(hit);
}
