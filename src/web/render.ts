/**
 * Server-side rendering with Preact: JSX escapes every interpolated value by default, so a
 * name with `<script>` in it is shown, never run. Pages are plain HTML that works without
 * JavaScript; dkfds.js only enhances.
 */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { renderSpliced } from './components/rendered-once.ts';

export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}

/**
 * The document as the UTF-8 bytes sent: parts rendered once per read model
 * (components/rendered-once.ts) are spliced in as kept bytes, not encoded again per request.
 */
export function renderDocumentBytes(page: VNode): Buffer {
  return renderSpliced(() => `<!doctype html>${renderToString(page)}`);
}
