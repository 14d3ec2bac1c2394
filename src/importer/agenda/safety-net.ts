/**
 * The last line of the "never throw on bad content" promise: an unexpected exception inside a
 * parser becomes a report with no cases instead of a crash. The fuzz tests assert that this net
 * is never needed, so a defect still fails the build rather than hiding here.
 */
import { type AgendaFormat, type AgendaImportResult, ReportBuilder } from './import-report.ts';

export const INTERNAL_ERROR_CODE = 'import.internalError';

export function withSafetyNet(format: AgendaFormat, parse: () => AgendaImportResult): AgendaImportResult {
  try {
    return parse();
  } catch {
    const report = new ReportBuilder(format);
    report.warn(
      null,
      INTERNAL_ERROR_CODE,
      'Dokumentet kunne ikke indlæses på grund af en fejl i indlæsningen. Kontakt support, og vedlæg filen.',
    );
    return { cases: [], report: report.build(), sources: [] };
  }
}
