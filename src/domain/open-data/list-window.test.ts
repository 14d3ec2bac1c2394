import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listWindow } from './list-window.ts';

const rec = (id: string, created: string, modified = created) => ({ id, created, modified });

describe('listWindow', () => {
  const records = [
    rec('b', '2026-01-02T00:00:00.000Z', '2026-03-01T00:00:00.000Z'),
    rec('a', '2026-01-02T00:00:00.000Z'),
    rec('c', '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'),
  ];

  it.each([
    [{}, ['c', 'a', 'b']],
    [{ createdSince: '2026-01-02T00:00:00.000Z' }, ['a', 'b']],
    [{ createdUntil: '2026-01-01T00:00:00.000Z' }, ['c']],
    [{ modifiedSince: '2026-02-01T00:00:00.000Z' }, ['c', 'b']],
    [{ modifiedUntil: '2026-02-01T00:00:00.000Z' }, ['c', 'a']],
    [{ modifiedSince: '2026-02-02T00:00:00.000Z', modifiedUntil: '2026-03-01T00:00:00.000Z' }, ['b']],
  ])('filters %j with inclusive bounds, oldest first then by id', (window, ids) => {
    expect(listWindow(records, window, { page: 1, perPage: 10 }).items.map((r) => r.id)).toEqual(ids);
  });

  it('counts pages and returns an empty page past the end', () => {
    const page = listWindow(records, {}, { page: 2, perPage: 2 });
    expect(page).toMatchObject({ totalElements: 3, totalPages: 2, currentPage: 2, perPage: 2 });
    expect(page.items.map((r) => r.id)).toEqual(['b']);
    expect(listWindow(records, {}, { page: 3, perPage: 2 }).items).toEqual([]);
  });

  it('shows every record exactly once across all pages, whatever the page size', () => {
    const instant = fc
      .integer({ min: 0, max: 5 })
      .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString());
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), created: instant, modified: instant }),
          {
            selector: (r) => r.id,
            maxLength: 30,
          },
        ),
        fc.integer({ min: 1, max: 7 }),
        (all, perPage) => {
          const first = listWindow(all, {}, { page: 1, perPage });
          const seen = [];
          for (let p = 1; p <= first.totalPages; p++)
            seen.push(...listWindow(all, {}, { page: p, perPage }).items);
          expect(seen.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
        },
      ),
    );
  });
});
