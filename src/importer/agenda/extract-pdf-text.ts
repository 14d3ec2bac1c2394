/**
 * PDF bytes → text. The pages are read in worker threads (pdf-text-pool.ts), in shares, by
 * extract-pdf-pages.ts (pdf.js; lines rebuilt from the text items' positions, a blank line for a
 * wide vertical gap); here the shares are joined in page order, and a form feed ("\f") starts
 * every page after the first so the PDF-text reader can drop page furniture.
 *
 * Problems are data: a scanned PDF without a text layer, a damaged file or a password give a
 * warning and no text — never an exception. It does no OCR and no layout analysis beyond lines
 * (columns and tables come out line by line).
 */
import { extractPdfPages, type PdfPagesPart, type PdfPagesRequest } from './extract-pdf-pages.ts';
import type { ImportWarning } from './import-report.ts';
import { PDF_TEXT_PARTS, readPdfPagesInWorker } from './pdf-text-pool.ts';

export interface PdfTextExtraction {
  /** Pages joined by "\n\f"; empty when nothing could be read. */
  text: string;
  pageCount: number;
  warnings: ImportWarning[];
}

/** Where the shares are read: worker threads (the product), or this thread (tests compare). */
export type PdfPagesReader = (request: PdfPagesRequest) => Promise<PdfPagesPart>;

const inWorkers: PdfPagesReader = ({ bytes, part, parts }) => readPdfPagesInWorker(bytes, part, parts);

function failure(code: string, message: string): PdfTextExtraction {
  return { text: '', pageCount: 0, warnings: [{ line: null, code, message }] };
}

export async function extractPdfText(
  bytes: Uint8Array,
  { read = inWorkers, parts = PDF_TEXT_PARTS }: { read?: PdfPagesReader; parts?: number } = {},
): Promise<PdfTextExtraction> {
  const shares = await Promise.all(Array.from({ length: parts }, (_, part) => read({ bytes, part, parts })));
  const pages: (string | null)[] = [];
  let hasText = false;
  for (const share of shares) {
    if (share.status === 'encrypted') {
      return failure(
        'pdf.encrypted',
        "PDF'en er beskyttet med adgangskode og kan ikke læses. Gem den uden adgangskode.",
      );
    }
    if (share.status !== 'read') {
      return failure(
        'pdf.unreadable',
        'Filen kunne ikke læses som PDF; den er måske beskadiget eller ikke en PDF.',
      );
    }
    pages.push(...share.texts);
    hasText ||= share.hasText;
  }
  const warnings: ImportWarning[] = [];
  pages.forEach((text, i) => {
    if (text === null)
      warnings.push({
        line: null,
        code: 'pdf.pageUnreadable',
        message: `Side ${i + 1} i PDF'en kunne ikke læses.`,
      });
  });
  if (!hasText) {
    warnings.push({
      line: null,
      code: 'pdf.noTextLayer',
      message:
        "PDF'en har intet tekstlag (den er måske scannet), så teksten kan ikke læses. Kør tekstgenkendelse (OCR) på den, eller importér dagsordenens webside i stedet.",
    });
    return { text: '', pageCount: pages.length, warnings };
  }
  return { text: pages.map((text) => text ?? '').join('\n\f'), pageCount: pages.length, warnings };
}

/** The same extraction in the calling thread (tests compare the worker path against it). */
export function extractPdfTextHere(bytes: Uint8Array, parts = 1): Promise<PdfTextExtraction> {
  return extractPdfText(bytes, { read: extractPdfPages, parts });
}
