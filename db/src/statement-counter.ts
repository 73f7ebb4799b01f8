import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

export type StatementCounter = { statements: number };
const counters = new AsyncLocalStorage<StatementCounter>();

/**
 * Counts the SQL statements the application sends inside `work`, so tests and the benchmark
 * can prove a page costs the same number of statements whatever its size.
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const counter: StatementCounter = { statements: 0 };
  const result = await counters.run(counter, work);
  return { result, statements: counter.statements };
}

/** Runs `work` with a fresh counter and returns the counter, for request-scoped counting. */
export function withStatementCounter<T>(counter: StatementCounter, work: () => T): T {
  return counters.run(counter, work);
}

export const statementCountingLogger: Logger = {
  logQuery() {
    const counter = counters.getStore();
    if (counter) counter.statements += 1;
  },
};

/** The counter of the work running now, if any: to charge it a statement sent on its behalf. */
export const currentStatementCounter = (): StatementCounter | undefined => counters.getStore();

/** Runs `work` outside any counter: statements it sends are charged by hand (`counter.statements`). */
export function withoutStatementCounter<T>(work: () => T): T {
  return counters.exit(work);
}
