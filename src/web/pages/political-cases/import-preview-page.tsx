/**
 * The preview before saving: each case read from the file, the fields the reader is unsure of
 * (highlighted, with their source lines), and the import report. "Gem sagen"
 * posts the same file on (as a hidden base64 field, so nothing is kept on the server between the
 * two steps); the server reads it again, so what is saved is what the preview showed.
 */
import type { ParsedAgendaFile } from '../../../app/political-cases/parse-agenda-files.ts';
import type { Municipality } from '../../../domain/registry/types.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Layout } from '../../components/layout.tsx';
import { CaseView } from './case-view.tsx';
import { FieldConfidenceView } from './field-confidence-view.tsx';
import { ImportReportView } from './import-report-view.tsx';

export interface ImportPreviewPageProps {
  municipality: Municipality & { isDemo: boolean };
  file: ParsedAgendaFile;
  /** Per case: the id of the stored case a save updates, or null. */
  existing: (string | null)[];
  contentBase64: string;
}

export function ImportPreviewPage(props: ImportPreviewPageProps) {
  const cases = props.file.cases;
  const several = cases.length > 1;
  return (
    <Layout
      title="Kontrollér sagen"
      path="/politiske-sager"
      municipalityName={props.municipality.name}
      isDemo={props.municipality.isDemo}
    >
      <Breadcrumbs
        trail={[
          { href: '/politiske-sager', label: 'Politiske sager' },
          { href: '/politiske-sager/importer', label: 'Importér dagsordenspunkt' },
        ]}
        current="Kontrollér sagen"
      />
      <h1>Kontrollér sagen</h1>
      <div class="alert alert-info" role="note">
        <div class="alert-body">
          <p class="alert-text">
            Intet er gemt endnu. Kontrollér {several ? `de ${cases.length} sager` : 'sagen'} og
            importrapporten, og vælg "Gem sagen".
          </p>
        </div>
      </div>
      <ImportReportView
        report={props.file.report}
        fileName={props.file.fileName}
        headingId="report-heading"
      />
      {cases.map((c, i) => (
        <section aria-labelledby={`preview-${i}-title`} class="app-preview-case">
          <h2 id={`preview-${i}-title`}>{c.title ?? 'Sag uden titel'}</h2>
          {props.existing[i] ? (
            <p>
              Sagen findes allerede og bliver opdateret:{' '}
              <a href={`/politiske-sager/${encodeURIComponent(props.existing[i] as string)}`}>
                se den gemte sag
              </a>
              .
            </p>
          ) : (
            <p>Sagen er ny og bliver oprettet.</p>
          )}
          <FieldConfidenceView sources={props.file.sources[i] ?? []} idPrefix={`preview-${i}`} />
          <CaseView politicalCase={c} headingLevel={3} idPrefix={`preview-${i}`} />
        </section>
      ))}
      <form method="post" action="/politiske-sager/importer/gem" enctype="multipart/form-data" novalidate>
        <CsrfField />
        <input type="hidden" name="fileName" value={props.file.fileName ?? ''} />
        <input type="hidden" name="content" value={props.contentBase64} />
        <button type="submit" class="button button-primary">
          Gem sagen
        </button>{' '}
        <a href="/politiske-sager/importer">Vælg en anden fil</a>
      </form>
    </Layout>
  );
}
