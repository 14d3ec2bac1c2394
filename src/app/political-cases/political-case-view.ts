/**
 * The public shape of a political case, shared by the JSON API and the CLI's `--json` output so
 * the two cannot drift apart (docs/political-cases.md).
 *
 * `route` is the route as the agenda prints it — each body's abbreviation, or its name when it
 * has none: ["MTU", "ØK", "KB"]; `routeBodies` carries both parts of each body. Decisions keep the
 * body as { abbreviation, name } (OParl Consultation → Organization).
 */
import type { PoliticalCase } from '../../domain/political-case/types.ts';
import type { AgendaFormat, ImportReport } from '../../importer/agenda/import-report.ts';
import type { StoredPoliticalCase } from './political-case-store.ts';

export interface BodyView {
  abbreviation: string | null;
  name: string | null;
}

export interface PoliticalCaseView {
  /** Null in a preview: nothing is stored yet. */
  id: string | null;
  caseNumber: string | null;
  title: string | null;
  access: 'open' | 'closed' | null;
  route: string[];
  routeBodies: BodyView[];
  sections: { heading: string; text: string }[];
  recommendation: {
    recommendedBy: string | null;
    intro: string;
    points: { number: number; text: string }[];
  } | null;
  decisions: {
    body: BodyView;
    date: string | null;
    outcomes: { points: number[]; outcome: string }[];
    text: string;
    absences: { name: string; party: string | null; kind: 'apology' | 'absent' }[];
  }[];
  attachments: { title: string }[];
  source: { format: AgendaFormat | 'demo'; fileName: string | null };
}

export interface StoredPoliticalCaseView extends PoliticalCaseView {
  id: string;
  municipality: string;
  importedAt: string;
  importedBy: string;
  updatedAt: string;
  version: number;
  /** The governance model versions this case adopted (legalBasis.politicalCaseId). */
  adoptedModels: { modelId: string; version: number; name: string }[];
  report: ImportReport | null;
}

export function politicalCaseView(
  c: PoliticalCase,
  source: { format: AgendaFormat | 'demo'; fileName: string | null },
  id: string | null = null,
): PoliticalCaseView {
  return {
    id,
    caseNumber: c.caseNumber,
    title: c.title,
    access: c.access,
    route: c.route.map((b) => b.abbreviation ?? b.name ?? ''),
    routeBodies: c.route.map((b) => ({ abbreviation: b.abbreviation, name: b.name })),
    sections: c.sections.map((s) => ({ heading: s.heading, text: s.text })),
    recommendation: c.recommendation
      ? {
          recommendedBy: c.recommendation.recommendedBy,
          intro: c.recommendation.intro,
          points: c.recommendation.points.map((p) => ({ number: p.number, text: p.text })),
        }
      : null,
    decisions: c.decisions.map((d) => ({
      body: { abbreviation: d.body.abbreviation, name: d.body.name },
      date: d.date,
      outcomes: d.outcomes.map((o) => ({ points: [...o.points], outcome: o.outcome })),
      text: d.text,
      absences: d.absences.map((a) => ({ name: a.name, party: a.party, kind: a.kind })),
    })),
    attachments: c.attachments.map((a) => ({ title: a.title })),
    source: { format: source.format, fileName: source.fileName },
  };
}

export function storedPoliticalCaseView(
  s: StoredPoliticalCase,
  adoptedModels: StoredPoliticalCaseView['adoptedModels'] = [],
): StoredPoliticalCaseView {
  return {
    ...politicalCaseView(s.politicalCase, s.source, s.id),
    id: s.id,
    municipality: s.municipality,
    importedAt: s.importedAt,
    importedBy: s.importedBy,
    updatedAt: s.updatedAt,
    version: s.version,
    adoptedModels,
    report: s.source.report,
  };
}

/**
 * The import reports of several files as one report: the formats, the union of what was
 * recognised and of the unknown sections, every warning with its file, and one line per file.
 */
export interface MergedImportReport {
  format: AgendaFormat | 'mixed';
  recognised: string[];
  unknownSections: string[];
  warnings: { fileName: string | null; line: number | null; code: string; message: string }[];
  files: {
    fileName: string | null;
    format: AgendaFormat;
    cases: number;
    warnings: number;
    /** The layout profile the page-text reader used and why; null: none (see ImportReport.layout). */
    layout: {
      id: string;
      name: string;
      how: 'pinned' | 'detected';
      evidence: { line: number; text: string }[];
    } | null;
  }[];
}

export function mergeImportReports(
  files: readonly { fileName: string | null; report: ImportReport; cases: readonly unknown[] }[],
): MergedImportReport {
  const formats = [...new Set(files.map((f) => f.report.format))];
  return {
    format: formats.length === 1 && formats[0] ? formats[0] : 'mixed',
    recognised: [...new Set(files.flatMap((f) => f.report.recognised))],
    unknownSections: [...new Set(files.flatMap((f) => f.report.unknownSections))],
    warnings: files.flatMap((f) =>
      f.report.warnings.map((w) => ({
        fileName: f.fileName,
        line: w.line,
        code: w.code,
        message: w.message,
      })),
    ),
    files: files.map((f) => ({
      fileName: f.fileName,
      format: f.report.format,
      cases: f.cases.length,
      warnings: f.report.warnings.length,
      layout: f.report.layout ?? null,
    })),
  };
}
