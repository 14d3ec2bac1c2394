/**
 * Imports agenda items from a saved agenda web page (.html): the page's structure becomes page
 * lines (html-lines.ts), which the page-text reader reads. Never throws on bad content.
 */
import type { AgendaParseOptions } from '../agenda-blocks.ts';
import type { AgendaImportResult } from '../import-report.ts';
import { withSafetyNet } from '../safety-net.ts';
import { htmlToPageLines } from './html-lines.ts';
import { parsePageLines } from './parse-agenda-page-text.ts';

export function parseAgendaHtml(html: string, options: AgendaParseOptions = {}): AgendaImportResult {
  return withSafetyNet('html', () => parsePageLines(htmlToPageLines(html), options, 'html'));
}
