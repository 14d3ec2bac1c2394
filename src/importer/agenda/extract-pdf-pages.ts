/**
 * One share of a PDF's pages → text, with pdfjs-dist 5 (legacy build, which runs in Node), in the
 * calling thread. Lines are rebuilt from the positions of the text items (same baseline = same
 * line, ordered left to right), and a blank line marks a vertical gap clearly wider than the
 * page's normal line spacing. Every page is read on its own, so the pages of one PDF can be
 * shared between worker threads (pdf-text-pool.ts) and joined afterwards (extract-pdf-text.ts).
 *
 * pdf.js is loaded on the first PDF (load-pdfjs.ts), not when this module is imported.
 */
import { loadPdfjs } from './load-pdfjs.ts';

/** Share `part` (0-based) of `parts` equal, contiguous ranges of a PDF's pages. */
export interface PdfPagesRequest {
  bytes: Uint8Array;
  part: number;
  parts: number;
}

export type PdfPagesPart =
  | { status: 'encrypted' | 'unreadable' }
  | {
      status: 'read';
      pageCount: number;
      /** 1-based number of the share's first page. */
      first: number;
      /** The share's pages in order; null for a page that could not be read. */
      texts: (string | null)[];
      /** Some page of the share has a character that is not white space. */
      hasText: boolean;
    };

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  y: number;
  size: number;
  items: Item[];
}

/** A blank line is written when the gap to the line above exceeds this many normal line gaps. */
const PARAGRAPH_GAP = 1.4;

function toItems(raw: readonly unknown[]): Item[] {
  const items: Item[] = [];
  for (const entry of raw) {
    if (typeof entry !== 'object' || entry === null || !('str' in entry) || !('transform' in entry)) continue;
    const { str, transform, width } = entry as { str: unknown; transform: unknown; width: unknown };
    if (typeof str !== 'string' || str === '' || !Array.isArray(transform)) continue;
    const [a, b, c, d, x, y] = transform.map(Number);
    if (![a, b, c, d, x, y].every(Number.isFinite)) continue;
    const size = Math.max(Math.hypot(c ?? 0, d ?? 0), Math.hypot(a ?? 0, b ?? 0), 1);
    items.push({ str, x: x ?? 0, y: y ?? 0, width: Number(width) || 0, size });
  }
  return items;
}

function groupLines(items: readonly Item[]): Line[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - item.y) <= 0.4 * Math.max(line.size, item.size)) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else {
      lines.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  for (const line of lines) line.items.sort((p, q) => p.x - q.x);
  return lines;
}

function lineText(line: Line): string {
  let text = '';
  let end: number | null = null;
  for (const item of line.items) {
    const gap = end === null ? 0 : item.x - end;
    if (end !== null && gap > 0.15 * item.size && !text.endsWith(' ') && !item.str.startsWith(' '))
      text += ' ';
    text += item.str;
    end = item.x + item.width;
  }
  return text.replace(/\s+$/u, '');
}

function pageText(items: readonly Item[]): string {
  const lines: Line[] = [];
  const texts: string[] = [];
  for (const line of groupLines(items)) {
    const text = lineText(line);
    if (text.trim() === '') continue;
    lines.push(line);
    texts.push(text);
  }
  const gaps = lines.slice(1).map((line, i) => (lines[i]?.y ?? line.y) - line.y);
  const normal = [...gaps].sort((p, q) => p - q)[Math.floor(gaps.length / 4)] ?? 0;
  const out: string[] = [];
  texts.forEach((text, i) => {
    const gap = gaps[i - 1];
    if (gap !== undefined && normal > 0 && gap > PARAGRAPH_GAP * normal) out.push('');
    out.push(text);
  });
  return out.join('\n');
}

/** The first and last page (1-based, inclusive) of a share; last < first when it is empty. */
export function shareOfPages(pageCount: number, part: number, parts: number): [number, number] {
  return [Math.floor((part * pageCount) / parts) + 1, Math.floor(((part + 1) * pageCount) / parts)];
}

/** Reads one share of the pages; never throws on bad content. */
export async function extractPdfPages({ bytes, part, parts }: PdfPagesRequest): Promise<PdfPagesPart> {
  const { getDocument } = await loadPdfjs();
  // pdf.js takes ownership of the buffer it is given; hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const encrypted = error instanceof Error && error.name === 'PasswordException';
    return { status: encrypted ? 'encrypted' : 'unreadable' };
  }
  const pageCount = document.numPages;
  const [first, last] = shareOfPages(pageCount, part, parts);
  const texts: (string | null)[] = [];
  let hasText = false;
  try {
    for (let number = first; number <= last; number++) {
      try {
        const page = await document.getPage(number);
        const items = toItems((await page.getTextContent()).items);
        if (items.some((item) => item.str.trim() !== '')) hasText = true;
        texts.push(pageText(items));
      } catch {
        texts.push(null);
      }
    }
  } finally {
    await document.destroy().catch(() => undefined);
  }
  return { status: 'read', pageCount, first, texts, hasText };
}
