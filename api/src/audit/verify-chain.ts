import { createHash } from 'node:crypto';
import { queryRows, type Database } from '@pvr/db';
import { sql } from '@pvr/db/orm';

export type ChainVerdict =
  | { ok: true; entries: number; headHash: string | null }
  | { ok: false; entries: number; brokenSeq: number; reason: string };

type Row = {
  seq: string | number;
  prev_hash: string | null;
  hash: string;
  occurred_at_utc: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  subject_pseudonym: string | null;
  request_id: string | null;
  ip_anonymised: string | null;
  details: string;
};

const batchSize = 5_000;

/**
 * Recomputes every entry's hash in Node — independently of the trigger that wrote it — and
 * checks that each entry links to the one before with no gap. Names the first broken entry.
 */
export async function verifyAuditChain(db: Database): Promise<ChainVerdict> {
  let previousHash: string | null = null;
  let expectedSeq = 1;
  let entries = 0;
  for (;;) {
    const rows: Row[] = await queryRows<Row>(
      db,
      sql`select seq, prev_hash, hash, actor_id, actor_role, action, entity_type, entity_id,
                 subject_pseudonym, request_id, ip_anonymised, details::text as details,
                 to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at_utc
          from audit_log where seq >= ${expectedSeq} order by seq limit ${batchSize}`,
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) return { ok: false, entries, brokenSeq: expectedSeq, reason: `entry ${expectedSeq} is missing` };
      if (row.prev_hash !== previousHash) return { ok: false, entries, brokenSeq: seq, reason: 'does not link to the entry before it' };
      if (entryHash(row) !== row.hash) return { ok: false, entries, brokenSeq: seq, reason: 'its contents do not match its hash' };
      previousHash = row.hash;
      expectedSeq += 1;
      entries += 1;
    }
    if (rows.length < batchSize) break;
  }
  return { ok: true, entries, headHash: previousHash };
}

/** The canonical form the `audit_log_link` trigger hashes (migration 0001). */
function entryHash(row: Row): string {
  const fields = [
    row.prev_hash ?? '',
    String(Number(row.seq)),
    row.occurred_at_utc,
    row.actor_id ?? '',
    row.actor_role ?? '',
    row.action,
    row.entity_type,
    row.entity_id ?? '',
    row.subject_pseudonym ?? '',
    row.request_id ?? '',
    row.ip_anonymised ?? '',
    row.details,
  ];
  return createHash('sha256').update(fields.join('\x1f'), 'utf8').digest('hex');
}
