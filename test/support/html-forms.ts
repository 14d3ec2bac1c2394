/**
 * Reads the forms of a server-rendered page the way a browser would submit them: each form's
 * action and its fields (inputs, text areas, selects) with their current values, and the error
 * markup of a re-rendered form (DKFDS error summary, field error messages). Made for our own
 * markup (preact-render-to-string: double-quoted attributes, escaped values), not arbitrary HTML.
 */

export interface HtmlField {
  tag: 'input' | 'textarea' | 'select';
  /** The input's type (text when missing); 'textarea' and 'select' for those. */
  type: string;
  name: string;
  value: string;
  checked: boolean;
  required: boolean;
  id: string | null;
  describedBy: string[];
}

export interface HtmlForm {
  action: string;
  fields: HtmlField[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g)) {
    out.set((m[1] ?? '').toLowerCase(), decodeHtml(m[2] ?? ''));
  }
  return out;
}

const TAG_ATTRS = '((?:\\s+[^\\s=>/]+(?:="[^"]*")?)*)\\s*/?';

function field(tag: HtmlField['tag'], attrs: Map<string, string>, value: string): HtmlField | null {
  const name = attrs.get('name');
  if (!name) return null;
  return {
    tag,
    type: tag === 'input' ? (attrs.get('type') ?? 'text').toLowerCase() : tag,
    name,
    value,
    checked: attrs.has('checked'),
    required: attrs.has('required'),
    id: attrs.get('id') ?? null,
    describedBy: (attrs.get('aria-describedby') ?? '').split(/\s+/).filter(Boolean),
  };
}

function fieldsOf(body: string): HtmlField[] {
  const found: { at: number; field: HtmlField }[] = [];
  for (const m of body.matchAll(new RegExp(`<input${TAG_ATTRS}>`, 'g'))) {
    const attrs = attributes(m[1] ?? '');
    const f = field('input', attrs, attrs.get('value') ?? '');
    if (f) found.push({ at: m.index ?? 0, field: f });
  }
  for (const m of body.matchAll(new RegExp(`<button${TAG_ATTRS}>`, 'g'))) {
    const attrs = attributes(m[1] ?? '');
    if ((attrs.get('type') ?? 'submit') !== 'submit') continue;
    const f = field('input', new Map([...attrs, ['type', 'submit']]), attrs.get('value') ?? '');
    if (f) found.push({ at: m.index ?? 0, field: f });
  }
  for (const m of body.matchAll(new RegExp(`<textarea${TAG_ATTRS}>([\\s\\S]*?)</textarea>`, 'g'))) {
    const f = field('textarea', attributes(m[1] ?? ''), decodeHtml(m[2] ?? ''));
    if (f) found.push({ at: m.index ?? 0, field: f });
  }
  for (const m of body.matchAll(new RegExp(`<select${TAG_ATTRS}>([\\s\\S]*?)</select>`, 'g'))) {
    const options = [...(m[2] ?? '').matchAll(new RegExp(`<option${TAG_ATTRS}>`, 'g'))].map((o) =>
      attributes(o[1] ?? ''),
    );
    const chosen = options.find((o) => o.has('selected')) ?? options[0];
    const f = field('select', attributes(m[1] ?? ''), chosen?.get('value') ?? '');
    if (f) found.push({ at: m.index ?? 0, field: f });
  }
  return found.sort((a, b) => a.at - b.at).map((x) => x.field);
}

/** Every POST form of the page, in document order. */
export function formsOf(html: string): HtmlForm[] {
  return [...html.matchAll(new RegExp(`<form${TAG_ATTRS}>([\\s\\S]*?)</form>`, 'g'))]
    .map((m) => ({ attrs: attributes(m[1] ?? ''), body: m[2] ?? '' }))
    .filter(({ attrs }) => (attrs.get('method') ?? 'get').toLowerCase() === 'post')
    .map(({ attrs, body }) => ({ action: attrs.get('action') ?? '', fields: fieldsOf(body) }));
}

const TEXT_TYPES = new Set(['text', 'email', 'tel', 'url', 'search', 'textarea']);

/** Fields a person types into (the ones a form catalogue test empties or floods). */
export function isTextField(f: HtmlField): boolean {
  return TEXT_TYPES.has(f.type);
}

/**
 * The fields as a browser posts them when the first submit button is clicked, with `fill`
 * deciding each typed-in field's value: hidden fields as they are, checkboxes and radios only
 * when checked, selects with their chosen option, the clicked button's name and value if it has one.
 */
export function submission(form: HtmlForm, fill: (f: HtmlField) => string): [string, string][] {
  const out: [string, string][] = [];
  const clicked = form.fields.find((f) => f.type === 'submit');
  for (const f of form.fields) {
    if ((f.type === 'checkbox' || f.type === 'radio') && !f.checked) continue;
    if (f.type === 'submit' && f !== clicked) continue;
    if (f.type === 'button' || f.type === 'file') continue;
    out.push([f.name, isTextField(f) ? fill(f) : f.value]);
  }
  return out;
}

/** The element with `id` as its opening tag's attributes, or null. */
export function elementById(html: string, id: string): { tag: string; attrs: Map<string, string> } | null {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(
    `<([a-z]+)((?:\\s+[^\\s=>/]+(?:="[^"]*")?)*\\s+id="${escaped}"(?:\\s+[^\\s=>/]+(?:="[^"]*")?)*)\\s*/?>`,
  ).exec(html);
  return m ? { tag: m[1] ?? '', attrs: attributes(m[2] ?? '') } : null;
}

/** The text of the element with `id` (nested tags stripped, entities decoded), or null. */
export function textById(html: string, id: string): string | null {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const open = new RegExp(`<([a-z]+)[^>]*\\sid="${escaped}"[^>]*>`).exec(html);
  if (!open) return null;
  const tag = open[1] ?? '';
  // Find the matching close tag, counting nested elements of the same name.
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth === 0) {
      const inner = html.slice(open.index + open[0].length, m.index);
      return decodeHtml(inner.replace(/<[^>]+>/g, '')).trim();
    }
  }
  return null;
}

/** The error summary (DKFDS `.alert-error`): its links' targets and texts. */
export function errorSummaryOf(html: string): { href: string; text: string }[] | null {
  const start = html.search(/<div[^>]*class="alert alert-error"/);
  if (start < 0) return null;
  const block = html.slice(start, html.indexOf('</ul>', start));
  return [...block.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: decodeHtml(m[1] ?? ''),
    text: decodeHtml((m[2] ?? '').replace(/<[^>]+>/g, '')).trim(),
  }));
}
