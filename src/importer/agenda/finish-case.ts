/**
 * Turns a case draft into a PoliticalCase by applying the domain rules: route through the
 * abbreviation table, sections, recommendation, per-body decisions, attachments. Every doubt
 * becomes a report warning; nothing throws and nothing is guessed.
 */
import { parseRoute } from '../../domain/political-case/body-abbreviations.ts';
import {
  collapseWhitespace,
  joinParagraphLines,
  joinParagraphs,
} from '../../domain/political-case/case-text.ts';
import type { Attachment, PoliticalCase } from '../../domain/political-case/types.ts';
import type { AgendaParseOptions, SourceLine } from './agenda-blocks.ts';
import type { CaseDraft, Paragraph } from './case-draft.ts';
import { finishDecision } from './finish-decision.ts';
import { finishRecommendation } from './finish-recommendation.ts';
import type { ReportBuilder } from './import-report.ts';

function paragraphsText(paragraphs: readonly Paragraph[]): string {
  return joinParagraphs(paragraphs.map((p) => joinParagraphLines(p.map((l) => l.text))));
}

/** One attachment per line; list markers and Markdown links are not part of the title. */
function finishAttachments(lines: readonly SourceLine[]): Attachment[] {
  const attachments: Attachment[] = [];
  for (const line of lines) {
    let title = collapseWhitespace(line.text);
    if (!line.literal) title = title.replace(/^(?:[-•–*]|\d{1,3}[.)])\s+/u, '');
    title = collapseWhitespace(title.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1'));
    if (title !== '') attachments.push({ title });
  }
  return attachments;
}

/** Applies the rules to one draft. */
export function finishCase(
  draft: CaseDraft,
  options: AgendaParseOptions,
  report: ReportBuilder,
): PoliticalCase {
  if (draft.title !== null) report.recognise('title');
  else report.warn(draft.line, 'case.withoutTitle', 'Sagen har ingen titel.');
  if (draft.caseNumber !== null) report.recognise('caseNumber');
  if (draft.access !== null) report.recognise('access');
  const route = parseRoute(
    draft.routeLines.map((l) => collapseWhitespace(l.text)).join('\n'),
    options.bodyAbbreviations,
  );
  if (draft.hasRoute) {
    if (route.length > 0) report.recognise('route');
    else report.warn(draft.line, 'route.empty', 'Sagsgangen er tom.');
  }
  for (const section of draft.sections) {
    if (section.known) report.recognise(section.heading);
    else if (section.heading !== '') report.unknownSection(section.heading);
  }
  const sections = draft.sections.map((s) => ({ heading: s.heading, text: paragraphsText(s.paragraphs) }));
  const recommendation =
    draft.recommendation === null ? null : finishRecommendation(draft.recommendation, report);
  if (recommendation !== null) report.recognise('recommendation');
  const points = recommendation?.points.map((p) => p.number) ?? [];
  if (draft.decisions.length > 0) report.recognise('decisions');
  const decisions = draft.decisions.map((d) => finishDecision(d, points, report));
  const attachments = draft.attachmentLines === null ? [] : finishAttachments(draft.attachmentLines);
  if (draft.attachmentLines !== null) report.recognise('attachments');
  return {
    caseNumber: draft.caseNumber,
    title: draft.title,
    access: draft.access,
    route,
    sections,
    recommendation,
    decisions,
    attachments,
  };
}
