/**
 * pdf.js, loaded on the first PDF and never before. Its legacy build (the one that runs on
 * Node 20) installs core-js polyfills when it loads, and replaces some of the platform's own
 * built-ins with slower ones: `JSON.stringify`/`JSON.parse` (for `JSON.rawJSON`, which Node 20
 * lacks; 4–8× slower, ~11 % of the compliance API's CPU), `Array.prototype.push` and
 * `Function.prototype.toString`. So a server that never imports a PDF never loads it, and after
 * loading, the replaced built-ins are put back: pdf.js runs on them as in every current browser.
 * Loading additions (e.g. `Promise.withResolvers`, which pdf.js needs on Node 20) stay.
 *
 * The worker module is loaded here too (it carries its own copy of the polyfills); pdf.js finds
 * it on `globalThis.pdfjsWorker` and runs it in this thread, as before.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The built-ins pdf.js' polyfills are known to replace (measured on pdfjs-dist 5.6). */
const GUARDED: readonly [object, PropertyKey][] = [
  [JSON, 'stringify'],
  [JSON, 'parse'],
  [Array.prototype, 'push'],
  [Function.prototype, 'toString'],
];

let loading: Promise<Pdfjs> | null = null;

async function loadKeepingBuiltIns(): Promise<Pdfjs> {
  const saved = GUARDED.map(
    ([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const,
  );
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  } finally {
    for (const [owner, key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(owner, key, descriptor);
    }
  }
}

/** pdf.js' API; the first call loads it (once, however many callers wait). */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= loadKeepingBuiltIns().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
