/**
 * Server-side rendering with Preact: JSX escapes every interpolated value by default, so a
 * name with `<script>` in it is shown, never run. Pages are plain HTML that works without
 * JavaScript; dkfds.js only enhances.
 */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
