/**
 * Paging of lists that grow with the country (issue 18): organisations, people, meetings and the
 * audit log. A page is an offset and a limit over a stable order (the list's own order, ties
 * broken by id); the pages are numbered from 1 on the web (`?side=`), the API carries the offset
 * in an opaque `cursor` beside `limit`. The number of page links follows Det Fælles
 * Designsystem's pagination guideline: all pages up to 7, else the first, the last, the current
 * and its neighbours with "…" between.
 */

/** Rows per page on the web pages. */
export const PAGE_SIZE = 50;
/** The API's default and largest `limit`. */
export const API_PAGE_SIZE = 100;
export const API_MAX_PAGE_SIZE = 500;

export interface Paging {
  /** Rows before this page. */
  offset: number;
  /** Rows per page. */
  limit: number;
  /** Rows in the whole (filtered) list. */
  total: number;
}

/** The rows of one page of a list already in its order; `limit` absent: the whole list. */
export function slicePage<T>(
  all: readonly T[],
  page: { offset?: number | undefined; limit?: number | undefined },
): { items: T[]; paging: Paging | null } {
  if (page.limit === undefined) return { items: [...all], paging: null };
  const offset = page.offset ?? 0;
  return {
    items: all.slice(offset, offset + page.limit),
    paging: { offset, limit: page.limit, total: all.length },
  };
}

/** The 1-based page number shown for a paging, and how many pages there are (at least one). */
export function pageNumbers(p: Paging): { current: number; count: number } {
  return {
    current: Math.floor(p.offset / p.limit) + 1,
    count: Math.max(1, Math.ceil(p.total / p.limit)),
  };
}

/** The offset of a 1-based page number (a number below 1 or not a number is page 1). */
export function offsetOfPage(page: number, limit: number): number {
  return Number.isInteger(page) && page > 1 ? (page - 1) * limit : 0;
}

/** The page links to show: numbers and `gap` for "…" (DKFDS: all up to 7 pages). */
export function pageLinks(current: number, count: number): (number | 'gap')[] {
  if (count <= 7) return Array.from({ length: count }, (_, i) => i + 1);
  if (current < 5) return [1, 2, 3, 4, 5, 'gap', count];
  if (current + 4 > count) return [1, 'gap', count - 4, count - 3, count - 2, count - 1, count];
  return [1, 'gap', current - 1, current, current + 1, 'gap', count];
}

/**
 * Where the API's next page starts: an offset into the list, the entries before an id (the audit
 * log, which only grows at the top), or after a row's key in the list's order (a keyset: the
 * agreements), so that rows written meanwhile do not shift the pages.
 */
export type CursorPosition = { offset: number } | { before: number } | { after: string };

/** The API's opaque cursor (base64url of `o:<offset>`, `b:<id>` or `a:<key>`). */
export function encodeCursor(position: CursorPosition): string {
  const text =
    'offset' in position
      ? `o:${position.offset}`
      : 'before' in position
        ? `b:${position.before}`
        : `a:${position.after}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** The position in a cursor, or null when it is not one of ours. */
export function decodeCursor(cursor: string): CursorPosition | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const key = /^a:(.{1,300})$/.exec(text);
  if (key) return { after: key[1] as string };
  const m = /^([ob]):(\d{1,15})$/.exec(text);
  if (!m) return null;
  const n = Number(m[2]);
  if (!Number.isSafeInteger(n)) return null;
  return m[1] === 'o' ? { offset: n } : n > 0 ? { before: n } : null;
}

/** The offset of the next page, or null on the last page. */
export function nextOffset(p: Paging): number | null {
  return p.offset + p.limit < p.total ? p.offset + p.limit : null;
}

/**
 * One keyset page of a list already in its order: the rows that `follow` the key `after` (all
 * rows without it), at most `limit` of them, and the key of the page's last row when more rows
 * follow (`nextAfter`, else null). A row written or removed meanwhile does not shift the pages.
 */
export function sliceAfter<T>(
  all: readonly T[],
  page: { after?: string | undefined; limit: number },
  keyOf: (row: T) => string,
  follows: (row: T, key: string) => boolean,
): { items: T[]; nextAfter: string | null } {
  const after = page.after;
  const start = after === undefined ? 0 : all.findIndex((row) => follows(row, after));
  const rest = start < 0 ? [] : all.slice(start);
  const items = rest.slice(0, page.limit);
  const last = items[items.length - 1];
  return { items, nextAfter: rest.length > page.limit && last !== undefined ? keyOf(last) : null };
}
