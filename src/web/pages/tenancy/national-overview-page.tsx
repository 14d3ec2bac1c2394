/**
 * The operator's page (/drift): every municipality with its status and the national picture of
 * the steering year, and the form that creates a municipality from the official list.
 */
import type { OfficialMunicipality } from '../../../domain/registry/municipality-codes.ts';
import type { NationalPictureRow } from '../../../domain/tenancy/national-picture.ts';
import { ErrorSummary, Form, type FormState, SelectField, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';

export interface TenantRow {
  code: string;
  name: string;
  address: string | null;
  suspension: { since: string; reason: string | null } | null;
  admins: number;
  hasModel: boolean;
  picture: NationalPictureRow;
}

export interface NationalOverviewPageProps {
  year: number;
  municipalities: TenantRow[];
  available: readonly OfficialMunicipality[];
  form: FormState;
}

export function NationalOverviewPage(p: NationalOverviewPageProps) {
  return (
    <Layout title="Drift" path="/drift">
      <h1>Drift af Styringsdialog</h1>
      <p>
        Kommunerne i installationen. Som national administrator ser du ikke kommunernes indhold – kun status
        og det nationale billede, som bygger på offentliggjorte redegørelser.
      </p>
      <h2>Det nationale billede for styringsår {p.year}</h2>
      {p.municipalities.length === 0 ? (
        <p>Der er endnu ingen kommuner.</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--compact">
            <caption class="sr-only">Kommuner i installationen</caption>
            <thead>
              <tr>
                <th scope="col">Kommune</th>
                <th scope="col">Status</th>
                <th scope="col">Administratorer</th>
                <th scope="col">Styringsmodel</th>
                <th scope="col">Dialog afholdt</th>
                <th scope="col">Redegørelser til tiden</th>
              </tr>
            </thead>
            <tbody>
              {p.municipalities.map((m) => (
                <tr>
                  <th scope="row">
                    <a href={`/drift/kommuner/${m.code}`}>
                      {m.code} {m.name}
                    </a>
                  </th>
                  <td>{m.suspension ? 'Suspenderet' : 'Aktiv'}</td>
                  <td>{m.admins}</td>
                  <td>{m.hasModel ? 'Vedtaget' : 'Kun lovkravet'}</td>
                  <td>
                    {m.picture.held} af {m.picture.total} boligorganisationer
                  </td>
                  <td>
                    {m.picture.onTime} af {m.picture.held}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">Opret kommune</h2>
        <ErrorSummary state={p.form} />
        <Form action="/drift/kommuner">
          <SelectField
            state={p.form}
            name="code"
            label="Kommune"
            hint="Kommunekoderne er Danmarks Statistiks / DAGI's 98 koder"
            options={[
              { value: '', label: 'Vælg kommune' },
              ...p.available.map((m) => ({ value: m.code, label: `${m.code} ${m.name}` })),
            ]}
          />
          <TextField state={p.form} name="name" label="Navn" hint="Tomt: »<navn> Kommune«" />
          <TextField state={p.form} name="address" label="Adresse" hint="Fx Torvet 3, 8500 Grenaa" />
          <TextField
            state={p.form}
            name="supervisingUnit"
            label="Tilsynsførende enhed"
            hint="Kan rettes senere"
          />
          <button type="submit" class="button button-primary">
            Opret kommune
          </button>
        </Form>
      </section>
    </Layout>
  );
}
