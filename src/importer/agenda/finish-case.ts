/**
 * Turns a case draft into a PoliticalCase by applying the domain rules: route through the
 * abbreviation table, recommendation points, per-body decisions with outcomes and absences,
 * attachments. Every doubt becomes a report warning; nothing throws and nothing is guessed.
 */
import { parseAbsenceMarker, parseAbsentPeople } from '../../domain/political-case/absences.ts';
import { parseRoute } from '../../domain/political-case/body-abbreviations.ts';
import { collapseWhitespace, joinParagraphLines, joinParagraphs } from '../../domain/political-case/case-text.ts';
import { parseDecisionOutcomes } from '../../domain/political-case/parse-decision-outcomes.ts';
import { parsePointLine, parseRecommendedBy } from '../../domain/political-case/recommendation-lines.ts';
import type {
  Absence,
  AbsenceKind,
  Attachment,
  Decision,
  PoliticalCase,
  Recommendation,
  RecommendationPoint,
} from '../../domain/political-case/types.ts';
import type { AgendaParseOptions, SourceLine } from './agenda-blocks.ts';
import type { CaseDraft, DecisionDraft, Paragraph } from './case-draft.ts';
import type { ReportBuilder } from './import-report.ts';

function paragraphsText(paragraphs: readonly Paragraph[]): string {
  return joinParagraphs(paragraphs.map((p) => joinParagraphLines(p.map((l) => l.text))));
}

function finishRecommendation(paragraphs: readonly Paragraph[], report: ReportBuilder): Recommendation {
  const intro: string[][] = [];
  const points: { number: number; lines: string[]; line: number }[] = [];
  let warnedTrailing = false;
  for (const paragraph of paragraphs) {
    const introLines: string[] = [];
    // Within a paragraph, unnumbered lines after a point are its wrapped continuation; in a later
    // paragraph they are trailing text, which the type has no place for.
    let inPoint = false;
    for (const line of paragraph) {
      const text = collapseWhitespace(line.text);
      const point = line.literal ? null : parsePointLine(text);
      const last = points.at(-1);
      if (point) {
        // Other agenda systems use bullets: they are numbered in order (domain.md §4: names vary).
        points.push({ number: point.number ?? (last?.number ?? 0) + 1, lines: [point.text], line: line.line });
        inPoint = true;
      } else if (last === undefined) {
        introLines.push(text);
      } else {
        if (!inPoint && !warnedTrailing) {
          warnedTrailing = true;
          report.warn(
            line.line,
            'recommendation.textAfterPoints',
            'Der står tekst efter indstillingens nummererede punkter; den er lagt til det sidste punkt.',
          );
        }
        last.lines.push(text);
        inPoint = true;
      }
    }
    if (introLines.length > 0) intro.push(introLines);
  }
  const numbers = points.map((p) => p.number);
  if (numbers.some((n, i) => n !== i + 1)) {
    report.warn(
      points[0]?.line ?? null,
      'recommendation.numbering',
      `Indstillingens punkter er nummereret ${numbers.join(', ')} i stedet for fortløbende fra 1.`,
    );
  }
  const introText = joinParagraphs(intro.map((lines) => joinParagraphLines(lines)));
  const finished: RecommendationPoint[] = points.map((p) => ({
    number: p.number,
    text: collapseWhitespace(p.lines.join(' ')),
  }));
  return { recommendedBy: parseRecommendedBy(introText), intro: introText, points: finished };
}

/** "Ad. 2. …" always opens a new paragraph, so a page break between two outcomes cannot glue them. */
const OUTCOME_START = /^Ad\.?\s*(?:(?:pkt|punkt)\.?\s*)?\d/u;

interface ReadDecisionBody {
  paragraphs: string[][];
  absences: Absence[];
}

function readDecisionBody(draft: DecisionDraft, report: ReportBuilder): ReadDecisionBody {
  const paragraphs: string[][] = [];
  const absences: Absence[] = [];
  let kind: AbsenceKind | null = null;
  let markerLine = 0;
  let found = 0;
  const closeList = (): void => {
    if (kind !== null && found === 0) {
      report.warn(markerLine, 'absence.empty', 'Der står ingen læsbare navne efter "Afbud:" eller "Fraværende:".');
    }
    kind = null;
  };
  for (const paragraph of draft.paragraphs) {
    let current: string[] | null = null;
    for (const line of paragraph) {
      const marker = line.literal ? null : parseAbsenceMarker(line.text);
      if (marker) {
        closeList();
        kind = marker.kind;
        markerLine = line.line;
        found = 0;
        current = null;
        if (marker.rest === '') continue;
      }
      let text = marker ? marker.rest : line.text;
      if (kind !== null) {
        const people = line.literal ? null : parseAbsentPeople(text);
        if (people) {
          for (const person of people) absences.push({ ...person, kind });
          // "Ingen" counts as read: the list is knowingly empty.
          found = people.length === 0 ? -1 : found + people.length;
          continue;
        }
        closeList();
        // Not names after all: keep the line as written, marker included.
        text = line.text;
      }
      if (current === null || OUTCOME_START.test(collapseWhitespace(text))) {
        current = [];
        paragraphs.push(current);
      }
      current.push(text);
    }
  }
  closeList();
  return { paragraphs, absences };
}

function finishDecision(draft: DecisionDraft, recommendationPoints: number[], report: ReportBuilder): Decision {
  const { heading } = draft;
  if (heading.unreadableDate !== null) {
    report.warn(
      draft.line,
      'decision.unreadableDate',
      `Datoen "${heading.unreadableDate}" i beslutningens overskrift kunne ikke læses; datoen er ikke sat.`,
    );
  }
  if (heading.body.name === null && heading.body.abbreviation === null) {
    report.warn(draft.line, 'decision.withoutBody', 'Beslutningens overskrift nævner ikke, hvilket organ der har besluttet.');
  }
  const { paragraphs, absences } = readDecisionBody(draft, report);
  const text = joinParagraphs(paragraphs.map((lines) => joinParagraphLines(lines)));
  const { outcomes, findings } = parseDecisionOutcomes(text, recommendationPoints);
  for (const finding of findings) report.warn(draft.line, finding.code, finding.message);
  if (absences.length > 0) report.recognise('absences');
  return { body: heading.body, date: heading.date, outcomes, text, absences };
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
export function finishCase(draft: CaseDraft, options: AgendaParseOptions, report: ReportBuilder): PoliticalCase {
  if (draft.title !== null) report.recognise('title');
  else report.warn(draft.line, 'case.withoutTitle', 'Sagen har ingen titel.');
  if (draft.caseNumber !== null) report.recognise('caseNumber');
  if (draft.access !== null) report.recognise('access');
  const route = parseRoute(draft.routeLines.map((l) => collapseWhitespace(l.text)).join('\n'), options.bodyAbbreviations);
  if (draft.hasRoute) {
    if (route.length > 0) report.recognise('route');
    else report.warn(draft.line, 'route.empty', 'Sagsgangen er tom.');
  }
  for (const section of draft.sections) {
    if (section.known) report.recognise(section.heading);
    else if (section.heading !== '') report.unknownSection(section.heading);
  }
  const sections = draft.sections.map((s) => ({ heading: s.heading, text: paragraphsText(s.paragraphs) }));
  const recommendation = draft.recommendation === null ? null : finishRecommendation(draft.recommendation, report);
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
