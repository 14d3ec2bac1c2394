/**
 * One municipality seen by the operator (/drift/kommuner/:code): status, suspension and the
 * form that grants its first administrator. Nothing of the municipality's content is shown.
 */
import { danishDate } from '../../../domain/shared/iso-date.ts';
import { ErrorSummary, Form, type FormState, TextArea, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import type { TenantRow } from './national-overview-page.tsx';

export interface TenantPageProps {
  tenant: TenantRow;
  year: number;
  notice: string | null;
  adminForm: FormState;
  suspensionForm: FormState;
}

export function TenantPage(p: TenantPageProps) {
  const m = p.tenant;
  return (
    <Layout title={`${m.code} ${m.name}`} path="/drift">
      <h1>
        {m.name} ({m.code})
      </h1>
      {p.notice ? (
        <div class="alert alert-success" role="status">
          <div class="alert-body">
            <p class="alert-text">{p.notice}</p>
          </div>
        </div>
      ) : null}
      <dl class="app-facts">
        <dt>Adresse</dt>
        <dd>{m.address ?? '–'}</dd>
        <dt>Status</dt>
        <dd>
          {m.suspension
            ? `Suspenderet siden ${danishDate(m.suspension.since.slice(0, 10))}${m.suspension.reason ? ` – ${m.suspension.reason}` : ''}`
            : 'Aktiv'}
        </dd>
        <dt>Administratorer</dt>
        <dd>{m.admins}</dd>
        <dt>Dialog afholdt i styringsår {p.year}</dt>
        <dd>
          {m.picture.held} af {m.picture.total} boligorganisationer ({m.picture.onTime} redegørelser til
          tiden)
        </dd>
      </dl>
      <section aria-labelledby="admin-heading">
        <h2 id="admin-heading">Giv kommunens administrator adgang</h2>
        <p>
          Findes e-mailadressen ikke, oprettes brugeren og får et link til at vælge adgangskode.
          Administratoren importerer derefter registeret, vælger styringsmodel og opretter brugere på siden
          Opstart.
        </p>
        <ErrorSummary state={p.adminForm} />
        <Form action={`/drift/kommuner/${m.code}/administrator`}>
          <TextField state={p.adminForm} name="name" label="Navn" required />
          <TextField state={p.adminForm} name="email" label="E-mailadresse" type="email" required />
          <button type="submit" class="button button-primary">
            Giv adgang
          </button>
        </Form>
      </section>
      <section aria-labelledby="suspension-heading">
        <h2 id="suspension-heading">{m.suspension ? 'Ophæv suspendering' : 'Suspendér kommunen'}</h2>
        <p>
          {m.suspension
            ? 'Kommunens brugere kan logge ind og arbejde igen, når suspenderingen ophæves.'
            : 'En suspenderet kommunes brugere kan ikke logge ind eller ændre noget, og dens offentlige sider siger, at den er lukket. Intet slettes.'}
        </p>
        <ErrorSummary state={p.suspensionForm} />
        <Form action={`/drift/kommuner/${m.code}/suspendering`}>
          <input type="hidden" name="suspended" value={m.suspension ? 'false' : 'true'} />
          {m.suspension ? null : (
            <TextArea state={p.suspensionForm} name="reason" label="Begrundelse" rows={2} />
          )}
          <button type="submit" class={m.suspension ? 'button button-primary' : 'button button-secondary'}>
            {m.suspension ? 'Ophæv suspendering' : 'Suspendér'}
          </button>
        </Form>
      </section>
    </Layout>
  );
}
