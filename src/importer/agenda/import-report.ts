/**
 * What an agenda import found and what it could not read, as data (architecture.md: importers
 * return problems instead of throwing). Messages are Danish and safe to show to a user.
 */
import type { PoliticalCase } from '../../domain/political-case/types.ts';

export type AgendaFormat = 'markdown' | 'pdf-text' | 'pdf';

export interface ImportWarning {
  /** 1-based line in the imported text (for a PDF: in the text pulled out of it); null when not tied to a line. */
  line: number | null;
  code: string;
  message: string;
}

export interface ImportReport {
  format: AgendaFormat;
  /** Fields and section headings that were recognised, in the order first met. */
  recognised: string[];
  /** Section headings that are not on the list of known ones; their sections are still kept. */
  unknownSections: string[];
  warnings: ImportWarning[];
}

export interface AgendaImportResult {
  cases: PoliticalCase[];
  report: ImportReport;
}

/** Collects a report while a parser runs; keeps lists free of repeats. */
export class ReportBuilder {
  private readonly recognisedSet = new Set<string>();
  private readonly unknownSet = new Set<string>();
  private readonly warnings: ImportWarning[] = [];

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

  build(): ImportReport {
    return {
      format: this.format,
      recognised: [...this.recognisedSet],
      unknownSections: [...this.unknownSet],
      warnings: [...this.warnings],
    };
  }
}
