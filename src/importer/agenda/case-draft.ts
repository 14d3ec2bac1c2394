/**
 * A case while its blocks are being read, before the rules turn it into a PoliticalCase.
 * Holds source lines (with line numbers for the report) rather than finished text.
 */
import type { DecisionHeading } from '../../domain/political-case/decision-heading.ts';
import type { CaseAccess } from '../../domain/political-case/types.ts';
import type { SourceLine } from './agenda-blocks.ts';

export type Paragraph = SourceLine[];

export interface SectionDraft {
  heading: string;
  /** On the list of known section names (heading-roles.ts). */
  known: boolean;
  paragraphs: Paragraph[];
}

export interface DecisionDraft {
  heading: DecisionHeading;
  line: number;
  paragraphs: Paragraph[];
}

export type DraftContext = 'preamble' | 'route' | 'section' | 'recommendation' | 'decision' | 'attachments';

export interface CaseDraft {
  title: string | null;
  line: number;
  caseNumber: string | null;
  /** The line the case number was read from (for the field's source). */
  caseNumberSource: SourceLine | null;
  access: CaseAccess | null;
  routeLines: SourceLine[];
  hasRoute: boolean;
  sections: SectionDraft[];
  recommendation: Paragraph[] | null;
  decisions: DecisionDraft[];
  attachmentLines: SourceLine[] | null;
  context: DraftContext;
}

export function newCaseDraft(title: string | null, line: number): CaseDraft {
  return {
    title,
    line,
    caseNumber: null,
    caseNumberSource: null,
    access: null,
    routeLines: [],
    hasRoute: false,
    sections: [],
    recommendation: null,
    decisions: [],
    attachmentLines: null,
    context: 'preamble',
  };
}

/**
 * Anything besides a title and loose text: a heading-only "case" is usually the page's own
 * heading, and text before the first title is usually the page's own introduction.
 */
export function draftHasContent(draft: CaseDraft): boolean {
  return (
    draft.caseNumber !== null ||
    draft.access !== null ||
    draft.hasRoute ||
    draft.sections.some((section) => section.heading !== '') ||
    draft.recommendation !== null ||
    draft.decisions.length > 0 ||
    draft.attachmentLines !== null
  );
}
