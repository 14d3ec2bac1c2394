/**
 * The preview before saving: each case read from the file, the fields the reader is unsure of
 * (highlighted, with their source lines), a form to correct every field, and the import report.
 * "Gem sagen" posts the same file on (as a hidden base64 field, so nothing is kept on the server
 * between the two steps) with the corrections; the server reads the file again and applies them,
 * so what is saved is what the preview showed plus the corrections. A refused save shows this
 * page again with the posted values and Danish errors next to the fields.
 */
import type { ParsedAgendaFile } from '../../../app/political-cases/parse-agenda-files.ts';
import type { CaseCorrection } from '../../../domain/political-case/case-correction.ts';
import type { Municipality } from '../../../domain/registry/types.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, type FormState } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { FormAlert } from '../meetings/form-alert.tsx';
import { CaseCorrectionFields } from './case-correction-fields.tsx';
import { CaseView } from './case-view.tsx';
import { FieldConfidenceView } from './field-confidence-view.tsx';
import { ImportReportView } from './import-report-view.tsx';
import { LayoutUsedView } from './layout-used-view.tsx';

export interface ImportPreviewPageProps {
  municipality: Municipality & { isDemo: boolean };
  file: ParsedAgendaFile;
  /** Per case: the id of the stored case a save updates, or null. */
  existing: (string | null)[];
  /** Per case: the correctable fields as read (prefill). */
  corrections: CaseCorrection[];
  /** How many remembered corrections of the municipality the reading used. */
  remembered: number;
  /** The name of the layout profile the municipality pinned, or null. */
  pinnedProfileName: string | null;
  contentBase64: string;
  /** Posted values and errors after a refused save; empty on the first preview. */
  form: FormState;
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
      <ErrorSummary state={props.form} />
      <div class="alert alert-info" role="note">
        <div class="alert-body">
          <p class="alert-text">
            Intet er gemt endnu. Kontrollér {several ? `de ${cases.length} sager` : 'sagen'} og
            importrapporten, ret det, der er læst forkert, og vælg "Gem sagen".
            {props.remembered > 0
              ? ` Kommunens ${props.remembered === 1 ? 'husket rettelse er' : `${props.remembered} huskede rettelser er`} brugt.`
              : ''}{' '}
            <a href="/politiske-sager/importer/rettelser">Se huskede rettelser</a>.
          </p>
        </div>
      </div>
      <LayoutUsedView report={props.file.report} pinnedName={props.pinnedProfileName} />
      <ImportReportView
        report={props.file.report}
        fileName={props.file.fileName}
        headingId="report-heading"
      />
      <form method="post" action="/politiske-sager/importer/gem" enctype="multipart/form-data" novalidate>
        <CsrfField />
        <FormAlert state={props.form} />
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
            {props.corrections[i] ? (
              <CaseCorrectionFields
                index={i}
                correction={props.corrections[i] as CaseCorrection}
                sources={props.file.sources[i] ?? []}
                state={props.form}
                headingLevel={3}
              />
            ) : null}
          </section>
        ))}
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
