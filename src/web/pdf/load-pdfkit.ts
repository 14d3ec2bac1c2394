/**
 * pdfkit, loaded on the first PDF rather than at every start: importing it decompresses its
 * font metrics and Unicode tables (~120 ms of CPU), for a feature most starts never use.
 * pdfkit is a CommonJS package, so it can be required synchronously when it is first needed.
 */
import { createRequire } from 'node:module';

type Pdfkit = typeof import('pdfkit');

const require = createRequire(import.meta.url);
let loaded: Pdfkit | null = null;

/** pdfkit's PDFDocument class. */
export function pdfDocumentClass(): Pdfkit {
  loaded ??= require('pdfkit') as Pdfkit;
  return loaded;
}
