/**
 * Udkast til årlig orientering: the draft agenda item "Styringsdialog <år> — orientering" as
 * Markdown in a read-only text area, to copy into the municipality's agenda system.
 */
import type { Municipality } from '../../../domain/registry/types.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ErrorSummary, type FormState, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';

export interface OrientationPageProps {
  municipality: Municipality & { isDemo: boolean };
  year: number | null;
  markdown: string | null;
  coverage: { heldWith: number; organisations: number } | null;
  form: FormState;
}

export function OrientationPage(props: OrientationPageProps) {
  return (
    <Layout
      title="Udkast til årlig orientering"
      path="/politiske-sager"
      municipalityName={props.municipality.name}
      isDemo={props.municipality.isDemo}
    >
      <Breadcrumbs
        trail={[{ href: '/politiske-sager', label: 'Politiske sager' }]}
        current="Udkast til årlig orientering"
      />
      <h1>Udkast til årlig orientering</h1>
      <p>
        Et udkast til dagsordenspunktet, hvor kommunalbestyrelsen orienteres om årets styringsdialog: dækning,
        aftaler og opmærksomhedspunkter. Kopiér teksten ind i dagsordenssystemet og tilret den.
      </p>
      <ErrorSummary state={props.form} />
      <form method="get" action="/politiske-sager/orientering" novalidate>
        <TextField
          state={props.form}
          name="aar"
          label="Styringsår"
          type="number"
          width="input-width-xs"
          required
        />
        <button type="submit" class="button button-secondary">
          Lav udkast
        </button>
      </form>
      {props.markdown !== null && props.year !== null ? (
        <section aria-labelledby="draft-heading">
          <h2 id="draft-heading">Styringsdialog {props.year} — orientering</h2>
          {props.coverage ? (
            <p>
              Styringsdialogmøde afholdt med {props.coverage.heldWith} af {props.coverage.organisations}{' '}
              boligorganisationer.
            </p>
          ) : null}
          <div class="form-group">
            <label class="form-label" for="draft-markdown">
              Dagsordenspunktet som Markdown
            </label>
            <textarea class="form-input app-draft" id="draft-markdown" rows={30} readonly>
              {props.markdown}
            </textarea>
          </div>
        </section>
      ) : null}
    </Layout>
  );
}
