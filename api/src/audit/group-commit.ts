import { currentStatementCounter, withoutStatementCounter, type Queryable, type StatementCounter } from '@pvr/db';
import { insertAuditRows, type AuditRow } from './audit.ts';

type Waiting = { rows: AuditRow[]; counter: StatementCounter | undefined; resolve: () => void; reject: (error: unknown) => void };

/** Bounds one insert's JSON parameter (a read's entry is at most a few kilobytes). */
const maxRequestsPerInsert = 100;

/**
 * Group commit for the audit entries of audited reads (`audited-reads.ts`), per database pool:
 * at most one such insert is in flight at a time, and the requests whose entries arrive while
 * it runs go together in the next one. Each insert commits by itself; a request is answered
 * only once the insert that holds its entries has committed, as before.
 *
 * Why: every insert takes the audit chain head's row lock until its commit is on disk, so
 * concurrent requests used to queue on that lock one by one, each with its own insert, commit
 * and WAL flush (ARCHITECTURE.md § The ceiling). Now they queue here and share all three. A
 * lone request waits for nothing: with no insert in flight, its own starts at once.
 *
 * Only for entries that commit alone: a mutation's entries, and a batch with an
 * Idempotency-Key to claim, stay in the transaction of the work they record.
 */
class AuditGroupCommit {
  private waiting: Waiting[] = [];
  private inserting = false;

  constructor(private readonly db: Queryable) {}

  commit(rows: AuditRow[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ rows, counter: currentStatementCounter(), resolve, reject });
      if (!this.inserting) {
        this.inserting = true;
        // A microtask later: requests that finish their reads in the same turn share the insert.
        queueMicrotask(() => void withoutStatementCounter(() => this.insertWhileWaiting()));
      }
    });
  }

  get waitingRequests(): number {
    return this.waiting.length;
  }

  private async insertWhileWaiting(): Promise<void> {
    try {
      while (this.waiting.length > 0) await this.insertGroup(this.waiting.splice(0, maxRequestsPerInsert));
    } finally {
      this.inserting = false;
    }
  }

  private async insertGroup(group: Waiting[]): Promise<void> {
    // Each request is charged the insert its entries went in (x-sql-statements, the bench).
    for (const request of group) if (request.counter) request.counter.statements += 1;
    try {
      await insertAuditRows(this.db, group.flatMap((request) => request.rows));
      for (const request of group) request.resolve();
    } catch (error) {
      if (group.length === 1 || !refusedRows(error)) return group.forEach((request) => request.reject(error));
      // One request's rows fail the whole insert (an actor deleted meanwhile, say): each on
      // its own, so only that request fails. No row of the failed insert was written.
      for (const request of group) await insertAuditRows(this.db, request.rows).then(() => request.resolve(), request.reject);
    }
  }
}

/**
 * A data exception or constraint violation (SQLSTATE class 22 or 23): rows the database refused,
 * which may be one request's. Anything else (the connection lost, a timeout) would fail every
 * request's insert alike, so retrying each would only make them all wait longer.
 */
function refusedRows(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
  return typeof code === 'string' && /^2[23]/.test(code);
}

const groupCommits = new WeakMap<Queryable, AuditGroupCommit>();

/** Inserts `rows` with the other requests' entries that wait on the same pool; resolves once committed. */
export function commitAuditRows(db: Queryable, rows: AuditRow[]): Promise<void> {
  let groupCommit = groupCommits.get(db);
  if (!groupCommit) {
    groupCommit = new AuditGroupCommit(db);
    groupCommits.set(db, groupCommit);
  }
  return groupCommit.commit(rows);
}

/** How many requests' entries wait for the next insert on `db` (not the one in flight). */
export const requestsWaitingForAuditInsert = (db: Queryable): number => groupCommits.get(db)?.waitingRequests ?? 0;
