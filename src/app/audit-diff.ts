/**
 * The before/after of an audit entry: only the fields that changed, so that an entry answers
 * "what was changed" without copying whole records.
 */
type Plain = Record<string, unknown>;

export function changedFields(
  before: Plain | null,
  after: Plain | null,
): { before: Plain | null; after: Plain | null } {
  if (before === null || after === null) return { before, after };
  const b: Plain = {};
  const a: Plain = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}
