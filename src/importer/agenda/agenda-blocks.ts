/**
 * The format-neutral middle of every agenda import: each reader (Markdown, PDF text) turns its
 * input into this list of blocks, and one assembler turns blocks into cases. Headings are already
 * classified here; paragraphs keep their source lines and line numbers for the report.
 */
import type { BodyAbbreviationTable } from '../../domain/political-case/body-abbreviations.ts';
import type { HeadingRole } from '../../domain/political-case/heading-roles.ts';
import type { LayoutProfileId, PageHeadingRole } from './page-text/layout-profiles.ts';
import type { RememberedCorrection } from './remembered/remembered-correction.ts';

export interface SourceLine {
  /** The line's text with markup removed; whitespace not yet collapsed. */
  text: string;
  /** 1-based line number in the imported text. */
  line: number;
  /** The source escaped the line's start: never read it as a list item, a marker or a case-number line. */
  literal: boolean;
}

export type AgendaBlock =
  | { kind: 'caseStart'; title: string | null; line: number }
  | { kind: 'heading'; role: HeadingRole; text: string; line: number }
  | { kind: 'paragraph'; lines: SourceLine[] };

export interface AgendaParseOptions {
  /** The municipality's body abbreviations, e.g. NORDDJURS_BODY_ABBREVIATIONS. */
  bodyAbbreviations?: BodyAbbreviationTable;
  /** Page text: the municipality's agenda-system family, instead of detecting it. */
  layoutProfile?: LayoutProfileId | null;
  /** Page text: the municipality's own heading names (lower case) → role, e.g. remembered corrections. */
  headingSynonyms?: Readonly<Record<string, PageHeadingRole>>;
  /** The municipality's remembered corrections (remembered/remembered-correction.ts). */
  remembered?: readonly RememberedCorrection[];
}
