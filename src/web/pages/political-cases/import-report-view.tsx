/** The import report of an agenda file: what was recognised, unknown sections, warnings with line numbers. */
import type { ImportReport } from '../../../importer/agenda/import-report.ts';

const FORMAT_TEXT: Record<ImportReport['format'], string> = {
  markdown: 'Markdown (dagsordenens webside)',
  'pdf-text': 'Tekst fra en PDF',
  pdf: 'PDF',
  text: 'Tekst fra dagsordenens webside',
  html: 'HTML (gemt webside)',
};

const FIELD_TEXT: Record<string, string> = {
  title: 'Titel',
  caseNumber: 'Sagsnummer',
  access: 'Åben/lukket sag',
  route: 'Sagsgang',
  recommendation: 'Indstilling',
  decisions: 'Beslutninger',
  absences: 'Afbud og fravær',
  attachments: 'Bilag',
};

export function ImportReportView(props: {
  report: ImportReport;
  fileName: string | null;
  headingId: string;
}) {
  const r = props.report;
  return (
    <section aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>Importrapport{props.fileName ? `: ${props.fileName}` : ''}</h2>
      <dl class="app-facts">
        <dt>Format</dt>
        <dd>{FORMAT_TEXT[r.format]}</dd>
        <dt>Genkendt</dt>
        <dd>
          {r.recognised.length === 0 ? 'Intet' : r.recognised.map((f) => FIELD_TEXT[f] ?? f).join(', ')}
        </dd>
        <dt>Ukendte afsnit</dt>
        <dd>
          {r.unknownSections.length === 0
            ? 'Ingen'
            : `${r.unknownSections.join(', ')} (gemmes som almindelige afsnit)`}
        </dd>
      </dl>
      {r.warnings.length === 0 ? (
        <p>Ingen advarsler.</p>
      ) : (
        <div class="alert alert-warning" role="note">
          <div class="alert-body">
            <p class="alert-heading">
              {r.warnings.length === 1 ? 'En advarsel' : `${r.warnings.length} advarsler`}
            </p>
            <ul>
              {r.warnings.map((w) => (
                <li>
                  {w.line !== null ? `Linje ${w.line}: ` : ''}
                  {w.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
