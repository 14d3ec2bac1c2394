/**
 * Huskede rettelser: what the municipality's users taught the agenda import by correcting the
 * preview (its import profile), each in Danish with what was corrected and when, and a button to
 * forget it. Renders listImportCorrections' read model.
 */
import type { Municipality } from '../../../domain/registry/types.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, type FormState } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';
import { FormAlert } from '../meetings/form-alert.tsx';

export interface ImportCorrectionsPageProps {
  municipality: Municipality & { isDemo?: boolean };
  corrections: { id: string; description: string; example: string; createdOn: string }[];
  can: { remove: boolean };
  form: FormState;
  removed: boolean;
}

export function ImportCorrectionsPage(props: ImportCorrectionsPageProps) {
  return (
    <Layout
      title="Huskede rettelser"
      path="/politiske-sager"
      municipalityName={props.municipality.name}
      isDemo={props.municipality.isDemo ?? false}
    >
      <Breadcrumbs
        trail={[
          { href: '/politiske-sager', label: 'Politiske sager' },
          { href: '/politiske-sager/importer', label: 'Importér dagsordenspunkt' },
        ]}
        current="Huskede rettelser"
      />
      <h1>Huskede rettelser</h1>
      <ErrorSummary state={props.form} />
      <FormAlert state={props.form} />
      {props.removed ? (
        <div class="alert alert-success" role="status">
          <div class="alert-body">
            <p class="alert-text">Rettelsen er glemt. Næste import læser uden den.</p>
          </div>
        </div>
      ) : null}
      <p>
        Når nogen retter et sagsnummer, en overskrift eller et udvalg på siden "Kontrollér sagen", husker
        importen det for {props.municipality.name} og bruger det ved næste import. En rettelse bruges kun,
        hvor dens tekst står i dagsordenspunktet.
      </p>
      {props.corrections.length === 0 ? (
        <p>Importen husker ingen rettelser endnu.</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--compact">
            <caption class="sr-only">Huskede rettelser</caption>
            <thead>
              <tr>
                <th scope="col">Rettelse</th>
                <th scope="col">Lært af</th>
                <th scope="col">Dato</th>
                {props.can.remove ? <th scope="col">Handling</th> : null}
              </tr>
            </thead>
            <tbody>
              {props.corrections.map((c) => (
                <tr>
                  <td>{c.description}</td>
                  <td>{c.example}</td>
                  <td>{formatDate(c.createdOn)}</td>
                  {props.can.remove ? (
                    <td>
                      <form
                        method="post"
                        action={`/politiske-sager/importer/rettelser/${encodeURIComponent(c.id)}/fjern`}
                      >
                        <CsrfField />
                        <button type="submit" class="button button-secondary">
                          Glem<span class="sr-only"> rettelsen: {c.description}</span>
                        </button>
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href="/politiske-sager/importer">Importér dagsordenspunkt</a>
      </p>
    </Layout>
  );
}
