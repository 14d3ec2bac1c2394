import { STATUS_LABELS } from '../../../domain/agreements/labels.ts';
import { statusCsvHeaderRow } from '../../../domain/agreements/status-csv.ts';
import type { AgreementStatus } from '../../../domain/agreements/types.ts';
import type { Municipality } from '../../../domain/registry/types.ts';
import { FieldMessages, Form, fieldId } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';
import { AgreementsNav } from './agreements-nav.tsx';

export interface StatusFileResult {
  dryRun: boolean;
  rows: number;
  unchanged: number;
  changes: {
    line: number;
    agreementId: string;
    from: AgreementStatus;
    to: AgreementStatus;
    date: string;
    note: string | null;
  }[];
}

export interface StatusFilePageProps {
  municipality: Municipality & { isDemo: boolean };
  openAgreements: number;
  /** The outcome of an import, when one was sent. */
  result?: StatusFileResult;
  /** The file's problems (nothing was changed), when it was refused. */
  problems?: { field: string; message: string }[];
  /** A problem with the form itself (no file chosen). */
  formError?: string;
}

export function StatusFilePage(p: StatusFilePageProps) {
  return (
    <Layout
      title="Opdatér statusser fra CSV"
      path="/aftaler"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
    >
      <h1>Opdatér statusser fra CSV</h1>
      <AgreementsNav current="/aftaler/statusfil" canEdit />
      {p.problems && p.problems.length > 0 ? (
        <div class="alert alert-error" role="alert" aria-labelledby="problems-heading">
          <div class="alert-body">
            <p class="alert-heading" id="problems-heading">
              Filen er ikke indlæst – intet er ændret ({p.problems.length}{' '}
              {p.problems.length === 1 ? 'fejl' : 'fejl'})
            </p>
            <ul>
              {p.problems.map((e) => (
                <li>
                  <strong>{e.field}:</strong> {e.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      {p.result ? (
        <div
          class={p.result.dryRun ? 'alert alert-info' : 'alert alert-success'}
          role="status"
          aria-labelledby="result-heading"
        >
          <div class="alert-body">
            <p class="alert-heading" id="result-heading">
              {p.result.dryRun
                ? `Prøvekørsel: ${p.result.changes.length} aftaler ville få ny status – intet er gemt`
                : `${p.result.changes.length} aftaler har fået ny status`}
            </p>
            <p class="alert-text">
              {p.result.rows} linjer læst, {p.result.unchanged} uændret.
            </p>
            {p.result.changes.length > 0 ? (
              <ul>
                {p.result.changes.map((c) => (
                  <li>
                    Linje {c.line}:{' '}
                    <a href={`/aftaler/${encodeURIComponent(c.agreementId)}`}>{c.agreementId}</a>{' '}
                    {STATUS_LABELS[c.from]} → {STATUS_LABELS[c.to]} ({formatDate(c.date)})
                    {c.note ? `: ${c.note}` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}
      <h2>1. Hent de åbne aftaler</h2>
      <p>
        <a href="/aftaler/aabne.csv">Hent {p.openAgreements} åbne aftaler som CSV (Excel)</a>
      </p>
      <p>
        Kolonnerne er: {statusCsvHeaderRow().join(', ')}. Ret kolonnen <strong>Status</strong> (
        {Object.values(STATUS_LABELS).join(', ')}) for de aftaler, der er ændret, og skriv en{' '}
        <strong>Note</strong>, når en aftale lukkes. <strong>Dato</strong> (dd-mm-åååå) er valgfri – tom
        betyder i dag – og <strong>Link</strong> kan pege på dokumentation. De øvrige kolonner læses ikke.
      </p>
      <h2>2. Indlæs filen igen</h2>
      <p>
        Filen indlæses kun, hvis alle linjer er i orden; ellers ændres intet, og hver fejl vises med linje og
        kolonne.
      </p>
      <Form action="/aftaler/statusfil" enctype="multipart/form-data">
        <div class={p.formError ? 'form-group form-error' : 'form-group'}>
          <label class="form-label" for={fieldId('file')}>
            CSV-fil
          </label>
          <FieldMessages
            id={fieldId('file')}
            hint="Gemt fra Excel som »CSV UTF-8« eller »CSV (semikolonsepareret)«"
            error={p.formError ?? undefined}
          />
          <input
            id={fieldId('file')}
            type="file"
            name="file"
            accept=".csv,text/csv"
            aria-describedby={`${fieldId('file')}-hint${p.formError ? ` ${fieldId('file')}-error` : ''}`}
          />
        </div>
        <div class="form-group form-group-checkbox">
          <input id={fieldId('dryRun')} type="checkbox" name="dryRun" value="true" class="form-checkbox" />
          <label for={fieldId('dryRun')} class="form-label">
            Prøvekørsel: vis hvad der ville blive ændret, uden at gemme
          </label>
        </div>
        <button type="submit" class="button button-primary">
          Indlæs statusser
        </button>
      </Form>
    </Layout>
  );
}
