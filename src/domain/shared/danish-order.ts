/**
 * Danish alphabetical order (CLDR `da`): … X, Y, Z, Æ, Ø, Å, with "Aa"/"AA" sorted as Å
 * (Dansk Sprognævn, Retskrivningsordbogen, on alphabetisation: "aa" standing for "å" is sorted as
 * "å", so Aabenraa and Aage sit with Åbenrå and Åse at the end of the alphabet, not under A).
 *
 * Every list a person reads sorted by a name or a title is sorted with `compareDanish`, in memory:
 * the database cannot do it on both engines. PostgreSQL 15 (Debian, with ICU) could use an ICU
 * collation `da-x-icu`, but PGlite 0.5 ships a root-only ICU: `CREATE COLLATION … (provider = icu,
 * locale = 'da')` succeeds and then sorts Å before Æ, and its libc has no Danish locale at all
 * (measured 2026-12-01). So the db adapters order names here, after the query.
 *
 * Node 20's full ICU (`process.versions.icu`) has the Danish tailoring incl. "aa" = "å"; the unit
 * test `danish-order.test.ts` fails if a build without it (small-icu) is ever used.
 */

/** Made on first use: building it loads ICU's Danish tailoring (~40–120 ms), which no start needs. */
let collator: Intl.Collator | undefined;

/**
 * Danish order of two strings. A total order consistent with `===`: strings the collator finds
 * equal (e.g. "é" precomposed and "e" + combining accent) are ordered by their UTF-16 code units,
 * so sorting is deterministic and 0 means the strings are identical.
 */
export function compareDanish(a: string, b: string): number {
  collator ??= new Intl.Collator('da', { usage: 'sort', sensitivity: 'variant' });
  const byCollator = collator.compare(a, b);
  if (byCollator !== 0) return byCollator < 0 ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A comparator by the Danish order of `key(item)`, for `Array.prototype.sort`. */
export function byDanish<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareDanish(key(a), key(b));
}

/** A sorted copy of `items` in the Danish order of `key(item)`; the sort is stable. */
export function sortDanish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort(byDanish(key));
}
