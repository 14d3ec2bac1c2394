/**
 * A part of a page rendered to HTML once per read-model object (issue 18). The use cases hand
 * out the same object while a municipality's content version and the day are unchanged (the
 * read cache, app/read-cache/read-model-cache.ts), so markup that depends only on that object is
 * rendered for the first viewer and reused; a new version is a new object and renders anew, and
 * a dropped one takes its markup with it (WeakMap). Only for parts that show nothing of the viewer.
 */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

const rendered = new WeakMap<object, Map<string, string>>();

/** The HTML of `render()`, kept per `source` object and `part` name. */
export function renderedOnce(source: object, part: string, render: () => VNode): string {
  let parts = rendered.get(source);
  if (!parts) {
    parts = new Map();
    rendered.set(source, parts);
  }
  let html = parts.get(part);
  if (html === undefined) {
    html = renderToString(render());
    parts.set(part, html);
  }
  return html;
}
