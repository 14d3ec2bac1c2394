/**
 * PDF bytes → text, with pdfjs-dist 5 (legacy build, which runs in Node). Lines are rebuilt from
 * the positions of the text items (same baseline = same line, ordered left to right), a blank line
 * marks a vertical gap clearly wider than the page's normal line spacing, and a form feed ("\f")
 * starts every page after the first so the PDF-text reader can drop page furniture.
 *
 * Problems are data: a scanned PDF without a text layer, a damaged file or a password give a
 * warning and no text — never an exception. It does no OCR and no layout analysis beyond lines
 * (columns and tables come out line by line).
 *
 * pdf.js is loaded on the first PDF (load-pdfjs.ts), not when this module is imported.
 */
import type { ImportWarning } from './import-report.ts';
import { loadPdfjs } from './load-pdfjs.ts';

export interface PdfTextExtraction {
  /** Pages joined by "\n\f"; empty when nothing could be read. */
  text: string;
  pageCount: number;
  warnings: ImportWarning[];
}

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
  const lines = groupLines(items).filter((line) => lineText(line).trim() !== '');
  const gaps = lines.slice(1).map((line, i) => (lines[i]?.y ?? line.y) - line.y);
  const normal = [...gaps].sort((p, q) => p - q)[Math.floor(gaps.length / 4)] ?? 0;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const gap = gaps[i - 1];
    if (gap !== undefined && normal > 0 && gap > PARAGRAPH_GAP * normal) out.push('');
    out.push(lineText(line));
  });
  return out.join('\n');
}

function failure(code: string, message: string): PdfTextExtraction {
  return { text: '', pageCount: 0, warnings: [{ line: null, code, message }] };
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfTextExtraction> {
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
    if (error instanceof Error && error.name === 'PasswordException') {
      return failure(
        'pdf.encrypted',
        "PDF'en er beskyttet med adgangskode og kan ikke læses. Gem den uden adgangskode.",
      );
    }
    return failure(
      'pdf.unreadable',
      'Filen kunne ikke læses som PDF; den er måske beskadiget eller ikke en PDF.',
    );
  }
  const warnings: ImportWarning[] = [];
  const pages: string[] = [];
  let hasText = false;
  try {
    for (let number = 1; number <= document.numPages; number++) {
      try {
        const page = await document.getPage(number);
        const items = toItems((await page.getTextContent()).items);
        if (items.some((item) => item.str.trim() !== '')) hasText = true;
        pages.push(pageText(items));
      } catch {
        pages.push('');
        warnings.push({
          line: null,
          code: 'pdf.pageUnreadable',
          message: `Side ${number} i PDF'en kunne ikke læses.`,
        });
      }
    }
  } finally {
    await document.destroy().catch(() => undefined);
  }
  if (!hasText) {
    warnings.push({
      line: null,
      code: 'pdf.noTextLayer',
      message:
        "PDF'en har intet tekstlag (den er måske scannet), så teksten kan ikke læses. Kør tekstgenkendelse (OCR) på den, eller importér dagsordenens webside i stedet.",
    });
    return { text: '', pageCount: pages.length, warnings };
  }
  return { text: pages.join('\n\f'), pageCount: pages.length, warnings };
}
