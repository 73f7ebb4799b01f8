/**
 * Queries waiting for the API to come back (503 while PostgreSQL restarts, or no answer at all).
 * The retry link fills it, the shell shows the outage message while it is not empty.
 */
const waiting = new Set<object>();
const listeners = new Set<() => void>();

function changed() {
  for (const listener of listeners) listener();
}

export function markWaiting(operation: object): void {
  if (waiting.has(operation)) return;
  waiting.add(operation);
  if (waiting.size === 1) changed();
}

export function clearWaiting(operation: object): void {
  if (waiting.delete(operation) && waiting.size === 0) changed();
}

export const isServiceWaiting = (): boolean => waiting.size > 0;

export function subscribeServiceStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
