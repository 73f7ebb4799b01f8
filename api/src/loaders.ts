import DataLoader from 'dataloader';
import type { RequestContext } from './context.ts';

export type Loaders = Map<symbol, DataLoader<unknown, unknown>>;

export function createLoaders(_ctx: unknown): Loaders {
  return new Map();
}

/**
 * Declares a per-request DataLoader next to the feature that needs it, so nested lists cost
 * one query per field and page, never one per row. Call the result with the request context.
 */
export function defineLoader<K, V>(
  batch: (ctx: RequestContext, keys: readonly K[]) => Promise<readonly (V | Error)[]>,
): (ctx: RequestContext) => DataLoader<K, V> {
  const key = Symbol('loader');
  return (ctx) => {
    let loader = ctx.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(ctx, keys));
      ctx.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  };
}

/** Orders batch results by key, with `fallback` where a key had no rows. */
export function byKey<K, V, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K, fallback: () => V, valueOf: (rows: R[]) => V): V[] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => {
    const group = groups.get(k);
    return group ? valueOf(group) : fallback();
  });
}
