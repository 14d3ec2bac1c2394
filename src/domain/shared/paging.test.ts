import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  nextOffset,
  offsetOfPage,
  pageLinks,
  pageNumbers,
  slicePage,
} from './paging.ts';

describe('paging', () => {
  it.each([
    [1, 1, [1]],
    [3, 7, [1, 2, 3, 4, 5, 6, 7]],
    [1, 8, [1, 2, 3, 4, 5, 'gap', 8]],
    [4, 20, [1, 2, 3, 4, 5, 'gap', 20]],
    [5, 20, [1, 'gap', 4, 5, 6, 'gap', 20]],
    [16, 20, [1, 'gap', 15, 16, 17, 'gap', 20]],
    [17, 20, [1, 'gap', 16, 17, 18, 19, 20]],
    [18, 20, [1, 'gap', 16, 17, 18, 19, 20]],
    [20, 20, [1, 'gap', 16, 17, 18, 19, 20]],
  ])(
    'page %i of %i shows %j (DKFDS: all up to 7, else first, last and neighbours)',
    (current, count, links) => {
      expect(pageLinks(current, count)).toEqual(links);
    },
  );

  it('walks every row exactly once, page after page', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 300 }),
        fc.integer({ min: 1, max: 60 }),
        (rows, limit) => {
          const seen: number[] = [];
          let offset: number | null = 0;
          let pages = 0;
          while (offset !== null) {
            const { items, paging } = slicePage(rows, { offset, limit });
            if (!paging) throw new Error('paged');
            seen.push(...items);
            expect(pageNumbers(paging).current).toBe(pages + 1);
            expect(pageNumbers(paging).count).toBe(Math.max(1, Math.ceil(rows.length / limit)));
            offset = nextOffset(paging);
            pages++;
          }
          expect(seen).toEqual(rows);
        },
      ),
    );
  });

  it('every link stays within the pages and includes the first, the last and the current', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (a, b) => {
        const count = Math.max(a, b);
        const current = Math.min(a, b);
        const numbers = pageLinks(current, count).filter((n): n is number => n !== 'gap');
        expect(numbers).toContain(1);
        expect(numbers).toContain(count);
        expect(numbers).toContain(current);
        expect(numbers.every((n) => n >= 1 && n <= count)).toBe(true);
        expect([...numbers].sort((x, y) => x - y)).toEqual(numbers);
        expect(pageLinks(current, count).length).toBeLessThanOrEqual(7);
      }),
    );
  });

  it('without a limit the list comes whole', () => {
    expect(slicePage([1, 2, 3], {})).toEqual({ items: [1, 2, 3], paging: null });
  });

  it('page numbers below 1 or not numbers are page 1', () => {
    expect(offsetOfPage(Number.NaN, 50)).toBe(0);
    expect(offsetOfPage(0, 50)).toBe(0);
    expect(offsetOfPage(3, 50)).toBe(100);
    expect(offsetOfPage(2.5, 50)).toBe(0);
  });

  it('cursors round-trip and refuse what is not ours', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1 }), (offset, before) => {
        expect(decodeCursor(encodeCursor({ offset }))).toEqual({ offset });
        expect(decodeCursor(encodeCursor({ before }))).toEqual({ before });
      }),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), (after) => {
        expect(decodeCursor(encodeCursor({ after }))).toEqual({ after });
      }),
    );
    expect(decodeCursor(encodeCursor({ after: '2025|2025-10-14|agr-1' }))).toEqual({
      after: '2025|2025-10-14|agr-1',
    });
    expect(decodeCursor(Buffer.from('a:').toString('base64url'))).toBeNull();
    expect(decodeCursor('abc')).toBeNull();
    expect(decodeCursor(Buffer.from('b:0').toString('base64url'))).toBeNull();
    expect(decodeCursor(Buffer.from('o:-1').toString('base64url'))).toBeNull();
  });
});
