/**
 * The pages of a PDF are read in shares by worker threads (pdf-text-pool.ts) and joined in page
 * order: the text and the warnings are exactly those of reading every page in one go in this
 * thread, for any number of shares — including more shares than pages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractPdfText, extractPdfTextHere } from './extract-pdf-text.ts';
import { closePdfTextPool, pdfTextPoolSize } from './pdf-text-pool.ts';
import { renderTestPdf } from './render-test-pdf.ts';

const blocks = Array.from({ length: 7 }, (_, i) => [
  {
    style: 'heading' as const,
    text: `Punkt ${i + 1}: Styringsdialog med Boligselskab ${i + 1}`,
    pageBreakBefore: i > 0,
  },
  { style: 'body' as const, text: `Side ${i + 1} handler om afdeling ${i + 1}. Æ, ø og å bliver stående.` },
]).flat();

afterAll(() => closePdfTextPool());

describe('extractPdfText in worker threads', () => {
  it('gives the same text and page count as one in-thread read, for 1–9 shares', async () => {
    const bytes = await renderTestPdf(blocks, { footer: (page, pages) => `Side ${page} af ${pages}` });
    const whole = await extractPdfTextHere(bytes);
    expect(whole.pageCount).toBe(7);
    expect(whole.text.split('\f')).toHaveLength(7);
    expect(await extractPdfText(bytes)).toEqual(whole);
    expect(pdfTextPoolSize()).toBeGreaterThan(0);
    for (const parts of [1, 2, 3, 9]) {
      expect(await extractPdfText(bytes, { parts })).toEqual(whole);
      expect(await extractPdfTextHere(bytes, parts)).toEqual(whole);
    }
    // Starts both worker threads from the TypeScript sources (tsx in each): slow on a busy machine.
  }, 120_000);

  it('reports a file that is no PDF once, as before', async () => {
    const bytes = new TextEncoder().encode('ikke en pdf');
    const result = await extractPdfText(bytes, { parts: 2 });
    expect(result).toEqual(await extractPdfTextHere(bytes));
    expect(result.warnings.map((w) => w.code)).toEqual(['pdf.unreadable']);
  });
});
