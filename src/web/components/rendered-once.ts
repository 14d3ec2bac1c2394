/**
 * A part of a page rendered to HTML once per read-model object (issue 18). The use cases hand
 * out the same object while a municipality's content version and the day are unchanged (the
 * read cache, app/read-cache/read-model-cache.ts), so markup that depends only on that object is
 * rendered for the first viewer and reused; a new version is a new object and renders anew, and
 * a dropped one takes its markup with it (WeakMap). Only for parts that show nothing of the viewer.
 *
 * The part is kept as UTF-8 bytes. Inside `renderSpliced` (web/render.ts renders every page
 * through it) the page gets a marker in the part's place and the bytes are spliced in after
 * rendering, so a request encodes only the viewer's own markup: the shared parts (most of the
 * Overblik's 117 KB) are neither concatenated into the page string nor measured and encoded
 * again. renderToString is synchronous, so the parts collected belong to the one render running.
 */
import { randomBytes } from 'node:crypto';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Each part's UTF-8 bytes (decoded again only outside renderSpliced). */
const rendered = new WeakMap<object, Map<string, Buffer>>();

/**
 * Starts the markers; the random token makes them unguessable, and escaped text can never
 * hold `<!--` (JSX escapes `<` in text and attributes), so only this module writes one.
 */
const MARK = `<!--rendered-once-${randomBytes(12).toString('base64url')}-`;

/** The parts of the render in progress, in marker order; null outside renderSpliced. */
let splicing: Buffer[] | null = null;

/** The HTML of `render()`, kept per `source` object and `part` name (a marker inside renderSpliced). */
export function renderedOnce(source: object, part: string, render: () => VNode): string {
  let parts = rendered.get(source);
  if (!parts) {
    parts = new Map();
    rendered.set(source, parts);
  }
  let kept = parts.get(part);
  if (kept === undefined) {
    // A part's own markup is whole HTML: a rendered-once part inside it is inlined, not marked.
    const outer = splicing;
    splicing = null;
    try {
      kept = Buffer.from(renderToString(render()), 'utf8');
    } finally {
      splicing = outer;
    }
    parts.set(part, kept);
  }
  if (!splicing) return kept.toString('utf8');
  splicing.push(kept);
  return `${MARK}${splicing.length - 1}-->`;
}

/**
 * `render()`'s HTML as UTF-8, with each rendered-once part's kept bytes in place of its marker:
 * the same bytes as `Buffer.from(render())` without the markers.
 */
export function renderSpliced(render: () => string): Buffer {
  const outer = splicing;
  const parts: Buffer[] = [];
  splicing = parts;
  let html: string;
  try {
    html = render();
  } finally {
    splicing = outer;
  }
  if (parts.length === 0) return Buffer.from(html, 'utf8');
  const chunks: Buffer[] = [];
  let at = 0;
  for (const [i, bytes] of parts.entries()) {
    const mark = `${MARK}${i}-->`;
    const found = html.indexOf(mark, at);
    // A part rendered but not placed in the page (e.g. in an attribute, escaped): a defect.
    if (found < 0) throw new Error(`rendered-once part ${i} is not in the page`);
    chunks.push(Buffer.from(html.slice(at, found), 'utf8'), bytes);
    at = found + mark.length;
  }
  chunks.push(Buffer.from(html.slice(at), 'utf8'));
  return Buffer.concat(chunks);
}
