/**
 * Rows per multi-row statement in the stores' bulk methods: PostgreSQL takes at most 65,535
 * parameters per statement; 500 rows of ≤ 13 columns stay far below it and keep each statement
 * small.
 */
export const BATCH = 500;

/** The list cut into runs of at most `size` rows, in order. */
export function chunks<T>(list: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
