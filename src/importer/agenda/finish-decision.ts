/**
 * One body's decision from its paragraphs: the decision text, the outcomes read from it, and the
 * absences listed under "Afbud:" / "Fraværende:" (domain.md §4; Seed: Norddjurs agenda item
 * 22/8287). A line after a marker that is not a name stays decision text.
 */
import { parseAbsenceMarker, parseAbsentPeople } from '../../domain/political-case/absences.ts';
import {
  collapseWhitespace,
  joinParagraphLines,
  joinParagraphs,
} from '../../domain/political-case/case-text.ts';
import { parseDecisionOutcomes } from '../../domain/political-case/parse-decision-outcomes.ts';
import type { Absence, AbsenceKind, Decision } from '../../domain/political-case/types.ts';
import type { DecisionDraft } from './case-draft.ts';
import type { ReportBuilder } from './import-report.ts';

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
      report.warn(
        markerLine,
        'absence.empty',
        'Der står ingen læsbare navne efter "Afbud:" eller "Fraværende:".',
      );
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

export function finishDecision(
  draft: DecisionDraft,
  recommendationPoints: number[],
  report: ReportBuilder,
): Decision {
  const { heading } = draft;
  if (heading.unreadableDate !== null) {
    report.warn(
      draft.line,
      'decision.unreadableDate',
      `Datoen "${heading.unreadableDate}" i beslutningens overskrift kunne ikke læses; datoen er ikke sat.`,
    );
  }
  if (heading.body.name === null && heading.body.abbreviation === null) {
    report.warn(
      draft.line,
      'decision.withoutBody',
      'Beslutningens overskrift nævner ikke, hvilket organ der har besluttet.',
    );
  }
  const { paragraphs, absences } = readDecisionBody(draft, report);
  const text = joinParagraphs(paragraphs.map((lines) => joinParagraphLines(lines)));
  const { outcomes, findings } = parseDecisionOutcomes(text, recommendationPoints);
  for (const finding of findings) report.warn(draft.line, finding.code, finding.message);
  if (absences.length > 0) report.recognise('absences');
  return { body: heading.body, date: heading.date, outcomes, text, absences };
}
