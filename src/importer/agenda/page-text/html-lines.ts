/**
 * A saved agenda web page (HTML) → page lines, with a real HTML parser (node-html-parser): block
 * elements and <br> end a line, <h1>–<h6> and <strong>-only blocks are marked as headings, list
 * items keep their number ("1. …" in an <ol>) or get "- ", table rows become one line with their
 * cells joined ("Sagsnr.: 22/2694"). Scripts, styles, navigation, forms, hidden elements and
 * cookie/consent banners are dropped. Line numbers count the lines made here.
 */
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import { collapseWhitespace } from '../../../domain/political-case/case-text.ts';
import type { PageLine } from './page-lines.ts';

const DROP = new Set([
  'footer',
  'script',
  'style',
  'noscript',
  'nav',
  'template',
  'svg',
  'iframe',
  'form',
  'button',
  'select',
  'textarea',
  'head',
  'object',
  'canvas',
  'dialog',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'aside',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'details',
  'summary',
  'fieldset',
  'hr',
  'body',
  'html',
  'center',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const CHROME_ATTR =
  /cookie|consent|gdpr|breadcrumb|skip-?link|sr-only|visually-hidden|site-?header|site-?footer|topmenu|megamenu|navbar|navigation/iu;

function isDropped(el: HTMLElement): boolean {
  const tag = el.rawTagName?.toLowerCase() ?? '';
  if (DROP.has(tag)) return true;
  if (el.hasAttribute?.('hidden') || el.getAttribute?.('aria-hidden') === 'true') return true;
  const role = el.getAttribute?.('role') ?? '';
  if (/^(?:navigation|banner|contentinfo|dialog|alertdialog|search)$/u.test(role)) return true;
  const marks = `${el.getAttribute?.('id') ?? ''} ${el.getAttribute?.('class') ?? ''}`;
  return CHROME_ATTR.test(marks);
}

interface Builder {
  lines: PageLine[];
  buffer: string;
  marked: boolean;
  gap: number;
}

function flush(b: Builder): void {
  const text = collapseWhitespace(b.buffer);
  if (text !== '') b.lines.push({ text, line: b.lines.length + 1, marked: b.marked, gap: b.gap, page: 0 });
  else if (b.buffer !== '') b.gap++;
  b.buffer = '';
  b.marked = false;
  b.gap = 0;
}

function onlyStrong(el: HTMLElement): boolean {
  const children = el.childNodes.filter((n) => !(n.nodeType === NodeType.TEXT_NODE && n.text.trim() === ''));
  return (
    children.length === 1 &&
    children[0]?.nodeType === NodeType.ELEMENT_NODE &&
    /^(?:strong|b)$/iu.test((children[0] as HTMLElement).rawTagName ?? '')
  );
}

function walk(node: Node, b: Builder, listIndex: { n: number } | null): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    b.buffer += node.text;
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const el = node as HTMLElement;
  if (isDropped(el)) return;
  const tag = el.rawTagName?.toLowerCase() ?? '';
  if (tag === 'br') {
    flush(b);
    return;
  }
  if (tag === 'tr') {
    flush(b);
    const cells = el.childNodes
      .filter(
        (n): n is HTMLElement =>
          n.nodeType === NodeType.ELEMENT_NODE && /^(?:td|th)$/iu.test((n as HTMLElement).rawTagName ?? ''),
      )
      .map((cell) => collapseWhitespace(cell.text))
      .filter((t) => t !== '');
    const [first, ...rest] = cells;
    if (first !== undefined) {
      b.buffer =
        rest.length === 0
          ? first
          : first.length <= 40 && rest.length === 1
            ? `${first.replace(/:$/u, '')}: ${rest[0]}`
            : cells.join(' ');
      flush(b);
    }
    return;
  }
  const block = BLOCK.has(tag);
  if (block) flush(b);
  if (/^h[1-6]$/u.test(tag) || ((tag === 'p' || tag === 'div') && onlyStrong(el))) b.marked = true;
  let childList = listIndex;
  if (tag === 'ol') childList = { n: 0 };
  else if (tag === 'ul') childList = null;
  if (tag === 'li') {
    if (listIndex) {
      listIndex.n++;
      b.buffer += `${listIndex.n}. `;
    } else b.buffer += '- ';
  }
  for (const child of el.childNodes) walk(child, b, childList);
  if (block) {
    flush(b);
    if (/^(?:p|h[1-6]|table|ul|ol|section|article)$/u.test(tag)) b.gap++;
  }
}

export function htmlToPageLines(html: string): PageLine[] {
  const root = parse(html, { lowerCaseTagName: false, comment: false, blockTextElements: { pre: true } });
  const b: Builder = { lines: [], buffer: '', marked: false, gap: 0 };
  walk(root, b, null);
  flush(b);
  return b.lines;
}
