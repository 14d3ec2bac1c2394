import { describe, expect, it } from 'vitest';
import { changedFields } from './audit-diff.ts';

describe('changedFields', () => {
  it('keeps only the fields whose values differ', () => {
    expect(
      changedFields({ name: 'A', cvr: '1', roles: [1] }, { name: 'B', cvr: '1', roles: [1, 2] }),
    ).toEqual({
      before: { name: 'A', roles: [1] },
      after: { name: 'B', roles: [1, 2] },
    });
  });

  it('records a field that appears or disappears as null on the other side', () => {
    expect(changedFields({ a: 1 }, { b: 2 })).toEqual({
      before: { a: 1, b: null },
      after: { a: null, b: 2 },
    });
  });

  it('keeps whole records for creations', () => {
    expect(changedFields(null, { a: 1 })).toEqual({ before: null, after: { a: 1 } });
  });
});
