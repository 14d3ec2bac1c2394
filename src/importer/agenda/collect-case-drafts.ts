/**
 * Walks the block list of one document and sorts every paragraph into the case and the part of
 * the case it belongs to (route, a section, the recommendation, a body's decision, attachments).
 * It reads no rules itself beyond the case-number line; finish-case.ts does the rest.
 */
import { parseCaseNumberLine } from '../../domain/political-case/case-number-line.ts';
import { collapseWhitespace } from '../../domain/political-case/case-text.ts';
import { parseDecisionHeading } from '../../domain/political-case/decision-heading.ts';
import { headingText } from '../../domain/political-case/heading-roles.ts';
import type { AgendaBlock, AgendaParseOptions, SourceLine } from './agenda-blocks.ts';
import { type CaseDraft, newCaseDraft, type Paragraph } from './case-draft.ts';
import type { ReportBuilder } from './import-report.ts';

function startHeading(
  draft: CaseDraft,
  block: Extract<AgendaBlock, { kind: 'heading' }>,
  options: AgendaParseOptions,
  report: ReportBuilder,
): void {
  const text = headingText(block.text);
  switch (block.role) {
    case 'route':
      draft.hasRoute = true;
      draft.context = 'route';
      return;
    case 'recommendation':
      if (draft.recommendation !== null) {
        report.warn(
          block.line,
          'recommendation.duplicate',
          'Sagen har mere end én indstilling; de er lagt sammen.',
        );
      }
      draft.recommendation ??= [];
      draft.context = 'recommendation';
      return;
    case 'decision': {
      const heading = parseDecisionHeading(text, options.bodyAbbreviations) ?? {
        body: { abbreviation: null, name: null },
        date: null,
        unreadableDate: null,
      };
      draft.decisions.push({ heading, line: block.line, paragraphs: [] });
      draft.context = 'decision';
      return;
    }
    case 'attachments':
      draft.attachmentLines ??= [];
      draft.context = 'attachments';
      return;
    case 'knownSection':
    case 'unknownSection':
      draft.sections.push({ heading: text, known: block.role === 'knownSection', paragraphs: [] });
      draft.context = 'section';
      return;
  }
}

/** Text between the title and the first heading: the case-number line, else text without a heading. */
function addPreamble(draft: CaseDraft, lines: SourceLine[], report: ReportBuilder): void {
  const rest: SourceLine[] = [];
  for (const line of lines) {
    const parsed =
      line.literal || draft.caseNumber !== null || draft.access !== null
        ? null
        : parseCaseNumberLine(line.text);
    if (parsed) {
      draft.caseNumber = parsed.caseNumber;
      draft.caseNumberSource = line;
      draft.access = parsed.access;
    } else if (collapseWhitespace(line.text) !== '') {
      rest.push(line);
    }
  }
  if (rest.length === 0) return;
  let section = draft.sections.at(-1);
  if (section === undefined || section.heading !== '') {
    report.warn(
      rest[0]?.line ?? null,
      'section.withoutHeading',
      'Der står tekst før sagens første overskrift; den er gemt som et afsnit uden overskrift.',
    );
    section = { heading: '', known: false, paragraphs: [] };
    draft.sections.push(section);
  }
  section.paragraphs.push(rest);
}

function addParagraph(draft: CaseDraft, paragraph: Paragraph, report: ReportBuilder): void {
  switch (draft.context) {
    case 'preamble':
      addPreamble(draft, paragraph, report);
      return;
    case 'route':
      draft.routeLines.push(...paragraph);
      return;
    case 'section':
      draft.sections.at(-1)?.paragraphs.push(paragraph);
      return;
    case 'recommendation':
      draft.recommendation?.push(paragraph);
      return;
    case 'decision':
      draft.decisions.at(-1)?.paragraphs.push(paragraph);
      return;
    case 'attachments':
      draft.attachmentLines?.push(...paragraph);
      return;
  }
}

/** Splits a document's blocks into case drafts, in order. */
export function collectCaseDrafts(
  blocks: readonly AgendaBlock[],
  options: AgendaParseOptions,
  report: ReportBuilder,
): CaseDraft[] {
  const drafts: CaseDraft[] = [];
  const current = (line: number): CaseDraft => {
    let draft = drafts.at(-1);
    if (draft === undefined) {
      draft = newCaseDraft(null, line);
      drafts.push(draft);
    }
    return draft;
  };
  for (const block of blocks) {
    if (block.kind === 'caseStart') {
      drafts.push(newCaseDraft(block.title, block.line));
    } else if (block.kind === 'heading') {
      startHeading(current(block.line), block, options, report);
    } else if (block.lines.length > 0) {
      addParagraph(current(block.lines[0]?.line ?? 0), block.lines, report);
    }
  }
  return drafts;
}
