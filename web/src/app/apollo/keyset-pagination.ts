import type { FieldPolicy, Reference } from '@apollo/client';

type Connection = { nodes: Reference[]; [field: string]: unknown };

/**
 * A field policy for `*Connection` lists paged with a keyset cursor (`first`/`after`): one
 * cache entry per filter and sort, and each page appended to the nodes already loaded. A
 * request without `after` starts the list over, so a refetch never leaves stale rows behind.
 */
export function keysetConnection(keyArgs: string[]): FieldPolicy<Connection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      const seen = new Set(existing.nodes.map((node) => node.__ref));
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes.filter((node) => !seen.has(node.__ref))] };
    },
  };
}
