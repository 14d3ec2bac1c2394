/**
 * Picks between the structured readers (Markdown headings, Norddjurs-style PDF text) and the
 * page-text reader for one text: both run, and the result that found more of a case's fields
 * wins; on a tie the structured reader's result stands, so that items it was built for (Seed:
 * Norddjurs agenda item 22/8287) import exactly as before. A case titled like page furniture
 * ("Referat", "Dagsorden", a committee's name) counts against its reader.
 */
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import type { AgendaImportResult } from './import-report.ts';
import { isBodyName } from './page-text/body-names.ts';
import { findDate } from './page-text/page-dates.ts';
import { isHeaderField, isPageChrome } from './page-text/page-furniture.ts';

function caseScore(c: PoliticalCase): number {
  const title = c.title ?? '';
  const junkTitle =
    title === '' ||
    title.length > 200 ||
    isHeaderField(title) ||
    isPageChrome(title) ||
    isBodyName(title, {}, false) ||
    /^(?:(?:punkt|pkt\.?|sag nr\.?)\s*)?\d/iu.test(title) ||
    (/\b(?:dagsorden|referat|beslutningsprotokol|mødedato)\b/iu.test(title) && findDate(title) !== null);
  return (
    (junkTitle ? -2 : 1) +
    (c.caseNumber ? 1 : 0) +
    (c.route.length > 0 ? 1 : 0) +
    ((c.recommendation?.points.length ?? 0) > 0 ? 1 : 0) +
    Math.min(3, c.decisions.length) +
    (c.decisions.some((d) => d.absences.length > 0) ? 1 : 0) +
    c.decisions.filter((d) => d.body.name !== null || d.body.abbreviation !== null).length * 0.5
  );
}

export function resultScore(result: AgendaImportResult): number {
  if (result.cases.length === 0) return -1;
  return result.cases.reduce((sum, c) => sum + caseScore(c), 0);
}

/** The better of the two; `structured` on a tie. */
export function chooseResult(
  structured: AgendaImportResult,
  pageText: AgendaImportResult,
): AgendaImportResult {
  return resultScore(pageText) > resultScore(structured) ? pageText : structured;
}
