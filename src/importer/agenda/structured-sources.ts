/**
 * Field sources for the structured readers (Markdown headings, Norddjurs-style PDF text): the
 * same line ranges and confidence rules as the page-text reader (page-text/field-sources.ts),
 * taken from the case draft's own line numbers. A Markdown heading is an explicit title; the
 * first line of PDF text is only presumed to be one.
 */
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import type { CaseDraft, Paragraph } from './case-draft.ts';
import type { FieldSource } from './import-report.ts';
import { fieldSources } from './page-text/field-sources.ts';

const LABELLED_CASE_NUMBER = /sags?\s*n|sagsid|j\.?\s?nr|journal/iu;
const ABSENCE_MARKER = /^\s*(?:[-*•]\s*)?(?:\*\*)?(?:afbud|fraværende|ikke til stede)/iu;

function lineNumbers(paragraphs: readonly Paragraph[]): number[] {
  return paragraphs.flatMap((p) => p.map((l) => l.line));
}

export function structuredFieldSources(
  c: PoliticalCase,
  draft: CaseDraft,
  explicitTitle: boolean,
): FieldSource[] {
  const caseNumberText = draft.caseNumberSource?.text ?? null;
  const absenceLines: number[] = [];
  const decisions = draft.decisions.map((d) => {
    const lines = [d.line, ...lineNumbers(d.paragraphs)];
    let inAbsences = false;
    for (const p of d.paragraphs) {
      inAbsences = false;
      for (const l of p) {
        if (ABSENCE_MARKER.test(l.text)) inAbsences = true;
        if (inAbsences) absenceLines.push(l.line);
      }
    }
    return { from: Math.min(...lines), to: Math.max(...lines), fromMeeting: false };
  });
  return fieldSources(c, {
    itemNumber: null,
    titleLine: draft.title === null ? null : draft.line,
    titleHow: explicitTitle ? 'heading' : 'fallback',
    caseNumberLine: draft.caseNumberSource?.line ?? null,
    caseNumberLabelled: caseNumberText !== null && LABELLED_CASE_NUMBER.test(caseNumberText),
    routeLines: draft.routeLines.map((l) => l.line),
    recommendationLines: lineNumbers(draft.recommendation ?? []),
    decisions,
    absenceLines,
  });
}
