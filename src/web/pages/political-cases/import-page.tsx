/**
 * Importér dagsordenspunkt: upload a Markdown web page, the text of a PDF, or a PDF. The next
 * page shows what was read before anything is saved. Works without JavaScript (multipart form).
 */

import type { Municipality } from '../../../domain/registry/types.ts';
import type { ImportReport } from '../../../importer/agenda/import-report.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, FieldMessages, type FormState, fieldId } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { ImportReportView } from './import-report-view.tsx';

export interface ImportPageProps {
  municipality: Municipality & { isDemo: boolean };
  form: FormState;
  /** The report of a file that gave no case, to show why. */
  report: { fileName: string | null; report: ImportReport } | null;
  maxBytes: number;
}

export function FileField(props: {
  state: FormState;
  name: string;
  label: string;
  hint: string;
  /** Off when another field (pasted text) may be given instead. */
  required?: boolean;
}) {
  const id = fieldId(props.name);
  const error = props.state.errors.find((e) => e.field === props.name)?.message;
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for={id}>
        {props.label}
      </label>
      <FieldMessages id={id} hint={props.hint} error={error} />
      <input
        class="form-file-input"
        type="file"
        id={id}
        name={props.name}
        accept=".md,.markdown,.txt,.pdf,.html,.htm,text/markdown,text/plain,text/html,application/pdf"
        required={props.required ?? true}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

/** Page text pasted from the agenda site, instead of a file. */
function PastedTextField(props: { state: FormState }) {
  const id = fieldId('pastedText');
  const error = props.state.errors.find((e) => e.field === 'pastedText')?.message;
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for={id}>
        Eller sæt sidens tekst ind
      </label>
      <FieldMessages
        id={id}
        hint="Markér dagsordenspunktet (eller hele mødet) på kommunens side, kopiér og sæt ind her. Bruges kun, når der ikke er valgt en fil."
        error={error}
      />
      <textarea
        class="form-input"
        id={id}
        name="pastedText"
        rows={10}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.state.values.pastedText ?? ''}
      </textarea>
    </div>
  );
}

export function ImportPage(props: ImportPageProps) {
  const megabytes = (props.maxBytes / 1_048_576).toLocaleString('da-DK', { maximumFractionDigits: 1 });
  return (
    <Layout
      title="Importér dagsordenspunkt"
      path="/politiske-sager"
      municipalityName={props.municipality.name}
      isDemo={props.municipality.isDemo}
    >
      <Breadcrumbs
        trail={[{ href: '/politiske-sager', label: 'Politiske sager' }]}
        current="Importér dagsordenspunkt"
      />
      <h1>Importér dagsordenspunkt</h1>
      <p>
        Hent dagsordenspunktet fra kommunens dagsordenssystem som gemt webside (HTML), som PDF eller som tekst
        (Markdown eller almindelig tekst) — eller kopiér sidens tekst og sæt den ind nedenfor. En side med et
        helt møde bliver til én sag pr. punkt. Du ser sagerne, før de gemmes.
      </p>
      <ErrorSummary state={props.form} />
      <form method="post" action="/politiske-sager/importer" enctype="multipart/form-data" novalidate>
        <CsrfField />
        <FileField
          state={props.form}
          name="file"
          label="Fil med dagsordenspunktet"
          hint={`Gemt webside (.html), Markdown (.md), tekst (.txt) eller PDF (.pdf), højst ${megabytes} MB.`}
          required={false}
        />
        <PastedTextField state={props.form} />
        <button type="submit" class="button button-primary">
          Vis sagen
        </button>
      </form>
      {props.report ? (
        <ImportReportView
          report={props.report.report}
          fileName={props.report.fileName}
          headingId="report-heading"
        />
      ) : null}
    </Layout>
  );
}
