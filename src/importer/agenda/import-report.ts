/**
 * What an agenda import found and what it could not read, as data (architecture.md: importers
 * return problems instead of throwing). Messages are Danish and safe to show to a user.
 */
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import type { LayoutProfileId } from './page-text/layout-profiles.ts';

/** 'text': page text without Markdown structure (a saved or pasted web page); 'html': a saved web page. */
export type AgendaFormat = 'markdown' | 'pdf-text' | 'pdf' | 'text' | 'html';

export interface ImportWarning {
  /** 1-based line in the imported text (for a PDF: in the text pulled out of it); null when not tied to a line. */
  line: number | null;
  code: string;
  message: string;
}

/** Which layout profile the page-text reader used, and why (shown on the preview). */
export interface LayoutUsed {
  id: LayoutProfileId;
  /** The profile's name, e.g. "SBSYS dagsordensvisning". */
  name: string;
  /** 'pinned': the municipality chose it; 'detected': the page's markers scored it highest. */
  how: 'pinned' | 'detected';
  /** Detected: the lines that matched the profile's markers (1-based line numbers). */
  evidence: { line: number; text: string }[];
}

export interface ImportReport {
  format: AgendaFormat;
  /**
   * The page-text reader's layout profile: null when no profile's markers occurred (the common
   * headings only); absent when another reader (Markdown, PDF-text structure) read the file.
   */
  layout?: LayoutUsed | null;
  /** Fields and section headings that were recognised, in the order first met. */
  recognised: string[];
  /** Section headings that are not on the list of known ones; their sections are still kept. */
  unknownSections: string[];
  warnings: ImportWarning[];
}

export type FieldConfidence = 'high' | 'medium' | 'low';

/** Where one extracted field of a case came from, and how sure the reader is of it. */
export interface FieldSource {
  field: 'title' | 'caseNumber' | 'route' | 'recommendation' | 'decision' | 'absences';
  /** For decisions: the decision's index in the case. */
  index: number | null;
  /** 1-based line range in the imported text; null when the field was not found. */
  fromLine: number | null;
  toLine: number | null;
  confidence: FieldConfidence;
  /** Danish: why the confidence is not high. */
  note: string | null;
}

export interface AgendaImportResult {
  cases: PoliticalCase[];
  report: ImportReport;
  /** Per case (same order as cases): where each field came from and how sure the reader is. Every reader fills it. */
  sources: FieldSource[][];
  /**
   * The lines the field sources count (markup removed, whitespace collapsed, empty lines left
   * out); set by parseAgendaFile, for learning from the user's corrections.
   */
  lines?: readonly { line: number; text: string }[];
}

/** Collects a report while a parser runs; keeps lists free of repeats. */
export class ReportBuilder {
  private readonly recognisedSet = new Set<string>();
  private readonly unknownSet = new Set<string>();
  private readonly warnings: ImportWarning[] = [];
  private layoutUsed: LayoutUsed | null | undefined;

  constructor(private readonly format: AgendaFormat) {}

  recognise(field: string): void {
    this.recognisedSet.add(field);
  }

  unknownSection(heading: string): void {
    this.unknownSet.add(heading);
  }

  warn(line: number | null, code: string, message: string): void {
    this.warnings.push({ line, code, message });
  }

  layout(used: LayoutUsed | null): void {
    this.layoutUsed = used;
  }

  build(): ImportReport {
    return {
      format: this.format,
      ...(this.layoutUsed === undefined ? {} : { layout: this.layoutUsed }),
      recognised: [...this.recognisedSet],
      unknownSections: [...this.unknownSet],
      warnings: [...this.warnings],
    };
  }
}
