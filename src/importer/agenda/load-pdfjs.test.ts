/**
 * pdf.js' legacy build replaces platform built-ins with slower polyfills when it loads. The
 * server must not load it until a PDF is imported, and must keep the platform's own
 * `JSON.stringify`, `JSON.parse` and `Array.prototype.push` even after one was.
 *
 * The product reads PDFs in worker threads (pdf-text-pool.ts), so the server's thread never loads
 * pdf.js at all; the in-thread path (tests, the worker itself) restores the built-ins.
 * The app is imported dynamically, after the built-ins are captured: this file runs in its own
 * process (vitest's forks pool), so nothing loaded pdf.js before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';

const native = {
  stringify: JSON.stringify,
  parse: JSON.parse,
  push: Array.prototype.push,
  toString: Function.prototype.toString,
};

function builtInsAreNative(): void {
  expect(JSON.stringify).toBe(native.stringify);
  expect(JSON.parse).toBe(native.parse);
  expect(Array.prototype.push).toBe(native.push);
  expect(Function.prototype.toString).toBe(native.toString);
}

describe('pdf.js is loaded on the first PDF only, and the platform keeps its built-ins', () => {
  let t: TestApp;
  beforeAll(async () => {
    const { startTestApp } = await import('../../../test/support/test-app.ts');
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('building the whole app (API, pages, PDF renderers) loads no pdf.js', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect('pdfjsLib' in globalThis).toBe(false);
    expect('__core-js_shared__' in globalThis).toBe(false);
    builtInsAreNative();
    expect(JSON.stringify.toString()).toContain('[native code]');
  });

  it('reading a PDF loads pdf.js in the worker threads only; this thread keeps its built-ins', async () => {
    const { renderTestPdf } = await import('./render-test-pdf.ts');
    const { extractPdfText } = await import('./extract-pdf-text.ts');
    const bytes = await renderTestPdf([{ style: 'title', text: 'Styringsdialog med Boligselskabet Ærø' }]);
    const [first, second] = await Promise.all([extractPdfText(bytes), extractPdfText(bytes)]);
    expect(first.text).toContain('Styringsdialog med Boligselskabet Ærø');
    expect(second.text).toBe(first.text);
    expect('pdfjsLib' in globalThis).toBe(false);
    builtInsAreNative();
  }, 120_000); // starts a worker thread from the TypeScript sources (tsx in it)

  it('reading a PDF in this thread loads pdf.js and leaves the native built-ins in place', async () => {
    const { renderTestPdf } = await import('./render-test-pdf.ts');
    const { extractPdfTextHere } = await import('./extract-pdf-text.ts');
    const bytes = await renderTestPdf([{ style: 'title', text: 'Styringsdialog med Boligselskabet Ærø' }]);
    const [first, second] = await Promise.all([extractPdfTextHere(bytes), extractPdfTextHere(bytes)]);
    expect(first.text).toContain('Styringsdialog med Boligselskabet Ærø');
    expect(second.text).toBe(first.text);
    expect('pdfjsLib' in globalThis).toBe(true);
    builtInsAreNative();
    // The additions pdf.js needs on Node 20 stay.
    expect('withResolvers' in Promise).toBe(true);
  });
});
