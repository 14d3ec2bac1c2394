/**
 * Splits text pulled out of a PDF into lines that know their page. A form feed ("\f", as written
 * by extract-pdf-text.ts and by pdftotext) marks a page break. Nothing is interpreted here.
 */

export interface PdfTextLine {
  /** The line without the form feed; trailing spaces kept (they carry no meaning, see pdf-text-paragraphs.ts). */
  text: string;
  /** 1-based line number in the text. */
  line: number;
  /** 0-based page; 0 for every line when the text has no page marks. */
  page: number;
}

export function splitPdfTextLines(text: string): PdfTextLine[] {
  const lines: PdfTextLine[] = [];
  let page = 0;
  text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .forEach((raw, i) => {
      const parts = raw.split('\f');
      page += parts.length - 1;
      lines.push({ text: parts.join(''), line: i + 1, page });
    });
  return lines;
}

export function isBlank(line: PdfTextLine): boolean {
  return line.text.trim() === '';
}
