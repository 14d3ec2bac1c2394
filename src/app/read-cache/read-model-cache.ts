/**
 * A bounded, per-instance memo of read models that are the same for every viewer (issue 18):
 * e.g. a municipality's assessed obligations, keyed by what they were read at (its content
 * version and the day). Every entry carries its own key; a reader checks the key against ONE
 * cheap version query per request before using it, so a write by another instance on the same
 * database is never hidden (the version moved, the entry is replaced). Only read units of work
 * get a cache: data read inside a write transaction is not committed yet and is never kept.
 * Viewer-specific filtering happens after the cache, in the use case.
 *
 * `memo` keeps an async read model as its promise, so the requests that miss the same entry at
 * once — the burst after a start or after a write moved the version — share one computation
 * instead of each running it (a cache stampede: 100 clients opening the Overblik together on
 * the embedded database queued 100 copies of the same reads). A rejected computation is dropped.
 */

export interface ReadModelCache {
  /** The value under `slot` when it was stored with this `key`; undefined otherwise. */
  get<T>(slot: string, key: string): T | undefined;
  /** Stores `value` under `slot` (replacing whatever was there) with its key. */
  set(slot: string, key: string, value: unknown): void;
  /** The value under `slot` for `key`, else `compute()` kept under it (a promise while pending). */
  memo<T>(slot: string, key: string, compute: () => T): T;
}

/** `cache.memo`, or just `compute()` when there is no cache (a write unit of work) or no key. */
export function memoRead<T>(
  cache: ReadModelCache | null,
  slot: string,
  key: string | null,
  compute: () => T,
): T {
  return cache && key !== null ? cache.memo(slot, key, compute) : compute();
}

/** Least-recently-used over slots: at most `capacity` slots, the oldest use dropped first. */
export function boundedReadModelCache(capacity: number): ReadModelCache {
  const slots = new Map<string, { key: string; value: unknown }>();
  const cache: ReadModelCache = {
    get<T>(slot: string, key: string): T | undefined {
      const entry = slots.get(slot);
      if (!entry || entry.key !== key) return undefined;
      // Most recently used last: Map keeps insertion order.
      slots.delete(slot);
      slots.set(slot, entry);
      return entry.value as T;
    },
    set(slot, key, value) {
      slots.delete(slot);
      slots.set(slot, { key, value });
      while (slots.size > capacity) slots.delete(slots.keys().next().value as string);
    },
    memo<T>(slot: string, key: string, compute: () => T): T {
      const entry = slots.get(slot);
      if (entry && entry.key === key) return cache.get<T>(slot, key) as T;
      const value = compute();
      cache.set(slot, key, value);
      if (value instanceof Promise)
        value.catch(() => {
          if (slots.get(slot)?.value === value) slots.delete(slot);
        });
      return value;
    },
  };
  return cache;
}
