/**
 * One pass over the page lines saying what each could be: an item-number line, a case-number or
 * access line, a decision heading, a section heading, an absence, or text. Later steps decide in
 * context (split-items.ts, page-drafts.ts).
 */
import type { BodyAbbreviationTable } from '../../../domain/political-case/body-abbreviations.ts';
import type { CaseAccess } from '../../../domain/political-case/types.ts';
import {
  type CaseNumberFound,
  type ItemNumberLine,
  parseAccessLine,
  parseCaseNumber,
  parseItemNumberLine,
} from './case-number-lines.ts';
import { type DecisionLine, parseDecisionLine } from './decision-lines.ts';
import { classifyHeadingLine, type HeadingLexicon, type HeadingLine } from './heading-lexicon.ts';
import { isHeaderField } from './page-furniture.ts';
import type { PageLine } from './page-lines.ts';

export interface ClassifiedLine extends PageLine {
  item: ItemNumberLine | null;
  caseNumber: CaseNumberFound | null;
  access: CaseAccess | null;
  /** A decision heading that names "Beslutning" (or a genitive "…s beslutning"). */
  decision: DecisionLine | null;
  /** A standalone "Body date" or "Body, date, pkt. N:" line: a decision only inside an item. */
  bodyDate: DecisionLine | null;
  heading: HeadingLine | null;
  headerField: boolean;
}

export function classifyLines(
  lines: readonly PageLine[],
  lexicon: HeadingLexicon,
  table: BodyAbbreviationTable,
): ClassifiedLine[] {
  return lines.map((line) => {
    const text = line.text.replace(/^-\s+/u, '');
    const found = /^\p{Lu}/u.test(text) ? parseDecisionLine(text, table, true) : null;
    const decision = found?.standalone ? null : found;
    // The fields one by one rather than `...line`: V8 builds a spread-then-extended literal
    // on a slow path, which cost two thirds of this pass (issue 18). A PageLine has exactly these.
    return {
      text: line.text,
      line: line.line,
      marked: line.marked,
      gap: line.gap,
      page: line.page,
      item: line.text.startsWith('- ') ? null : parseItemNumberLine(text),
      caseNumber: parseCaseNumber(text),
      access: parseAccessLine(text),
      decision,
      bodyDate: found?.standalone ? found : null,
      heading: decision ? null : classifyHeadingLine(text, lexicon),
      headerField: isHeaderField(text),
    };
  });
}

/** A line that opens the body of an item: a case number or a section/route/recommendation heading. */
export function opensItem(line: ClassifiedLine | undefined): boolean {
  if (!line) return false;
  if (line.caseNumber?.caseNumber) return true;
  const role = line.heading?.role;
  return role === 'route' || role === 'recommendation' || role === 'knownSection';
}
