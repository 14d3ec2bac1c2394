/**
 * Exports a political case as Markdown in the layout of the municipality's agenda web page
 * (Seed: Norddjurs agenda item 22/8287, agenda-item-22-8287.md): "## title", the case-number
 * line, "### Sagsgang", the sections, "### **Indstilling**", one bold "Beslutning i … den …"
 * heading per body with its absences, and "**Bilag:**".
 *
 * Contract: importing the export with the same abbreviation table gives the same case
 * (tested as a round trip on the seed, on fixtures and on generated cases). It does not render
 * HTML and it does not add anything the case lacks: a null field writes nothing.
 */

import { formatAbsenceMarker, formatAbsentPerson } from './absences.ts';
import { type BodyAbbreviationTable, formatRoute } from './body-abbreviations.ts';
import { formatCaseNumberLine } from './case-number-line.ts';
import { formatDecisionHeading } from './decision-heading.ts';
import { escapeMarkdownLine, escapeMarkdownText } from './markdown-escape.ts';
import { formatDecisionOutcomes } from './parse-decision-outcomes.ts';
import type { Absence, Decision, PoliticalCase, Recommendation } from './types.ts';

export interface ToMarkdownOptions {
  /** The municipality's table; lets the route be written as "MTU, ØK, KB" like the seed. */
  bodyAbbreviations?: BodyAbbreviationTable;
}

function paragraphs(text: string): string[] {
  return text === '' ? [] : text.split('\n\n').map(escapeMarkdownText);
}

/** Consecutive absences of one kind under one marker, in their original order. */
function absenceBlocks(absences: readonly Absence[]): string[] {
  const blocks: string[] = [];
  let kind: Absence['kind'] | null = null;
  for (const absence of absences) {
    if (absence.kind !== kind) {
      kind = absence.kind;
      blocks.push(formatAbsenceMarker(kind));
    }
    blocks.push(escapeMarkdownLine(formatAbsentPerson(absence)));
  }
  return blocks;
}

function recommendationBlocks(recommendation: Recommendation): string[] {
  const blocks = ['### **Indstilling**', ...paragraphs(recommendation.intro)];
  if (recommendation.points.length > 0) {
    blocks.push(
      recommendation.points.map((point) => `${point.number}. ${escapeMarkdownText(point.text)}`).join('\n'),
    );
  }
  return blocks;
}

function decisionBlocks(decision: Decision, first: boolean, table: BodyAbbreviationTable): string[] {
  const heading = escapeMarkdownLine(formatDecisionHeading(decision.body, decision.date, table));
  // Seed: the first decision heading is "### **…**", the following ones bold only.
  const text = decision.text !== '' ? decision.text : formatDecisionOutcomes(decision.outcomes);
  return [
    first ? `### **${heading}**` : `**${heading}**`,
    ...paragraphs(text),
    ...absenceBlocks(decision.absences),
  ];
}

/** One case as an agenda web page in Markdown. */
export function politicalCaseToMarkdown(
  politicalCase: PoliticalCase,
  options: ToMarkdownOptions = {},
): string {
  const table = options.bodyAbbreviations ?? {};
  const blocks: string[] = [];
  if (politicalCase.title !== null) blocks.push(`## ${escapeMarkdownLine(politicalCase.title)}`);
  const caseLine = formatCaseNumberLine(politicalCase.caseNumber, politicalCase.access);
  if (caseLine !== '') blocks.push(caseLine);
  if (politicalCase.route.length > 0) {
    blocks.push('### Sagsgang', escapeMarkdownLine(formatRoute(politicalCase.route, table)));
  }
  for (const section of politicalCase.sections) {
    blocks.push(`### ${escapeMarkdownLine(section.heading)}`, ...paragraphs(section.text));
  }
  if (politicalCase.recommendation !== null)
    blocks.push(...recommendationBlocks(politicalCase.recommendation));
  politicalCase.decisions.forEach((decision, i) => {
    blocks.push(...decisionBlocks(decision, i === 0, table));
  });
  if (politicalCase.attachments.length > 0 || politicalCase.decisions.length > 0) {
    blocks.push('**Bilag:**');
    if (politicalCase.attachments.length > 0) {
      blocks.push(politicalCase.attachments.map((a) => `- ${escapeMarkdownLine(a.title)}`).join('\n'));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Several cases, one after the other, as one agenda page. */
export function politicalCasesToMarkdown(
  cases: readonly PoliticalCase[],
  options: ToMarkdownOptions = {},
): string {
  return cases.map((c) => politicalCaseToMarkdown(c, options)).join('\n');
}
