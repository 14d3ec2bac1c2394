import type { HousingOrganisation, Municipality } from '../../../domain/registry/types.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ErrorSummary, Form, type FormState, SelectField, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';

export interface OrganisationFormPageProps {
  municipality: Municipality & { isDemo: boolean };
  /** null when creating. */
  organisation: { id: string; name: string } | null;
  state: FormState;
  /** Organisations that can administer this one. */
  others: HousingOrganisation[];
  userName: string | null;
}

export function OrganisationFormPage(p: OrganisationFormPageProps) {
  const title = p.organisation ? `Ret ${p.organisation.name}` : 'Opret boligorganisation';
  const action = p.organisation
    ? `/boligorganisationer/${encodeURIComponent(p.organisation.id)}/ret`
    : '/boligorganisationer/ny';
  const s = p.state;
  return (
    <Layout
      title={title}
      path="/boligorganisationer"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
      userName={p.userName}
    >
      <Breadcrumbs trail={[{ href: '/boligorganisationer', label: 'Boligorganisationer' }]} current={title} />
      <h1>{title}</h1>
      <ErrorSummary state={s} />
      <Form action={action}>
        <input type="hidden" name="version" value={s.values.version ?? ''} />
        <TextField state={s} name="name" label="Navn" required />
        <TextField state={s} name="cvr" label="CVR-nummer" hint="8 cifre" required width="input-width-s" />
        <TextField
          state={s}
          name="lbfNumber"
          label="LBF-nummer"
          hint="Organisationens nummer hos Landsbyggefonden"
          width="input-width-xs"
        />
        <SelectField
          state={s}
          name="kind"
          label="Art"
          required
          options={[
            { value: 'housingOrganisation', label: 'Boligorganisation med egne afdelinger' },
            { value: 'administrationOrganisation', label: 'Administrationsorganisation' },
          ]}
        />
        <TextField
          state={s}
          name="seatMunicipality"
          label="Hjemkommune"
          hint="Kommunekode, fx 707"
          required
          width="input-width-xxs"
        />
        <SelectField
          state={s}
          name="administeredBy.kind"
          label="Administration"
          required
          options={[
            { value: 'self', label: 'Administrerer sig selv' },
            { value: 'administrationOrganisation', label: 'En administrationsorganisation' },
            { value: 'otherOrganisation', label: 'En anden boligorganisation' },
            { value: 'privateAdministrator', label: 'En privat administrator' },
          ]}
        />
        <SelectField
          state={s}
          name="administeredBy.organisationId"
          label="Administrerende organisation"
          hint="Kun når en anden organisation administrerer"
          options={[
            { value: '', label: '(ingen)' },
            ...p.others.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <TextField
          state={s}
          name="administeredBy.name"
          label="Privat administrators navn"
          hint="Kun ved privat administrator"
        />
        <TextField
          state={s}
          name="accountingYearEnd"
          label="Regnskabsåret slutter"
          hint="Dag og måned (dd-mm), fx 31-12 eller 31-03 for et forskudt regnskabsår"
          width="input-width-xs"
        />
        <TextField state={s} name="activeFrom" label="Aktiv fra" type="date" required width="input-width-s" />
        <TextField
          state={s}
          name="activeTo"
          label="Aktiv til"
          hint="Ved sammenlægning eller opløsning"
          type="date"
          width="input-width-s"
        />
        <button type="submit" class="button button-primary">
          Gem
        </button>
      </Form>
    </Layout>
  );
}
