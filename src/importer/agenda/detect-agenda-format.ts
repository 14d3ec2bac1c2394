/**
 * Tells which agenda reader a file needs: by content first ("%PDF-" near the start is a PDF
 * whatever its name), then by extension (.pdf, .md/.markdown, .txt incl. ".pdf.txt"), then by a
 * sniff of the text (an HTML start, Markdown headings or bold headings). Null when the bytes are neither a PDF
 * nor text. It does not parse anything.
 */
import type { AgendaFormat } from './import-report.ts';

export interface AgendaFileProbe {
  fileName?: string | null;
  bytes: Uint8Array;
}

/** PDF readers accept the header within the first 1024 bytes (ISO 32000-2, 7.5.2 and practice). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** Text has no NUL bytes and decodes mostly cleanly as UTF-8. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return false;
  const text = new TextDecoder('utf-8').decode(sample);
  const bad = text.split('\uFFFD').length - 1;
  return bad <= Math.max(2, text.length / 100);
}

export function detectAgendaFormat(probe: AgendaFileProbe): AgendaFormat | null {
  const name = (probe.fileName ?? '').toLowerCase();
  if (hasPdfHeader(probe.bytes)) return 'pdf';
  if (name.endsWith('.pdf')) return 'pdf';
  if (!looksLikeText(probe.bytes)) return null;
  if (name.endsWith('.html') || name.endsWith('.htm') || name.endsWith('.xhtml')) return 'html';
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'markdown';
  if (name.endsWith('.txt')) return 'pdf-text';
  const text = new TextDecoder('utf-8').decode(probe.bytes.subarray(0, 65536));
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/iu.test(text)) return 'html';
  return /^(?: {0,3}#{1,6}\s|\s*\*\*[^*\n]+\*\*\s*:?\s*$)/mu.test(text) ? 'markdown' : 'pdf-text';
}
