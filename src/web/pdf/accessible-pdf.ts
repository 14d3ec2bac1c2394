/**
 * The frame every PDF of the site shares: A4, tagged (a structure tree under one Document
 * element), Danish as document language, the title shown in the window, PDF 1.7, and IBM Plex
 * Sans (shipped with Det Fælles Designsystem) embedded as `regular` and `bold` so that æ, ø and
 * å render everywhere. The caller writes the content into `root` and calls `doc.end()`; `done`
 * resolves with the bytes. Layout and content stay in each document's own file.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pdfDocumentClass } from './load-pdfkit.ts';

const require = createRequire(import.meta.url);
const fontDir = path.resolve(
  path.dirname(require.resolve('dkfds')),
  '..',
  'fonts',
  'IBMPlexSans',
  'complete',
  'ttf',
);

/** The margin on every side, in points. */
export const PDF_MARGIN = 56;

export interface AccessiblePdf {
  doc: PDFKit.PDFDocument;
  /** The Document element of the structure tree: add headings, paragraphs and lists to it. */
  root: PDFKit.PDFStructureElement;
  /** The finished file, once `doc.end()` has been called. */
  done: Promise<Buffer>;
}

export function openAccessiblePdf(info: { Title: string; Author: string; Subject: string }): AccessiblePdf {
  const PDFDocument = pdfDocumentClass();
  const doc = new PDFDocument({
    size: 'A4',
    margin: PDF_MARGIN,
    tagged: true,
    lang: 'da-DK',
    displayTitle: true,
    pdfVersion: '1.7',
    info,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', path.join(fontDir, 'IBMPlexSans-Regular.ttf'));
  doc.registerFont('bold', path.join(fontDir, 'IBMPlexSans-Bold.ttf'));
  const root = doc.struct('Document');
  doc.addStructure(root);
  return { doc, root, done };
}
