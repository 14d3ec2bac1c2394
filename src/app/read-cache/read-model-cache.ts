/**
 * A bounded, per-instance memo of read models that are the same for every viewer (issue 18):
 * e.g. a municipality's assessed obligations, keyed by what they were read at (its content
 * version and the day). Every entry carries its own key; a reader checks the key against ONE
 * cheap version query per request before using it, so a write by another instance on the same
 * database is never hidden (the version moved, the entry is replaced). Only read units of work
 * get a cache: data read inside a write transaction is not committed yet and is never kept.
 * Viewer-specific filtering happens after the cache, in the use case.
 */

export interface ReadModelCache {
  /** The value under `slot` when it was stored with this `key`; undefined otherwise. */
  get<T>(slot: string, key: string): T | undefined;
  /** Stores `value` under `slot` (replacing whatever was there) with its key. */
  set(slot: string, key: string, value: unknown): void;
}

/** Least-recently-used over slots: at most `capacity` slots, the oldest use dropped first. */
export function boundedReadModelCache(capacity: number): ReadModelCache {
  const slots = new Map<string, { key: string; value: unknown }>();
  return {
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
  };
}
