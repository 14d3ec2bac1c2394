import type { HousingOrganisation, Municipality } from '../../../domain/registry/types.ts';
import { ROLE_LABELS } from '../../../domain/registry/validate-person.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ErrorSummary, Form, type FormState, SelectField, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';

export interface PersonFormPageProps {
  municipality: Municipality & { isDemo: boolean };
  person: { id: string; name: string } | null;
  state: FormState;
  /** How many role rows to show (the stored roles plus one empty row to add a role). */
  roleRows: number;
  organisations: HousingOrganisation[];
  userName: string | null;
}

const roleOptions = [
  { value: '', label: '(ingen rolle – fjern rækken)' },
  ...Object.entries(ROLE_LABELS).map(([value, label]) => ({
    value,
    label: label.charAt(0).toUpperCase() + label.slice(1),
  })),
];

export function PersonFormPage(p: PersonFormPageProps) {
  const title = p.person ? `Ret ${p.person.name}` : 'Opret person';
  const action = p.person ? `/personer/${encodeURIComponent(p.person.id)}/ret` : '/personer/ny';
  const s = p.state;
  const orgOptions = [
    { value: '', label: '(ingen)' },
    ...p.organisations.map((o) => ({ value: o.id, label: o.name })),
  ];
  return (
    <Layout
      title={title}
      path="/boligorganisationer"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
      userName={p.userName}
    >
      <Breadcrumbs trail={[{ href: '/personer', label: 'Personer' }]} current={title} />
      <h1>{title}</h1>
      <ErrorSummary state={s} />
      <Form action={action}>
        {/* The version the edit is based on: a stale save is refused (412). */}
        <input type="hidden" name="version" value={s.values.version ?? ''} />
        <TextField state={s} name="name" label="Navn" required />
        <TextField state={s} name="email" label="E-mail" type="email" />
        <TextField state={s} name="phone" label="Telefon" type="tel" width="input-width-s" />
        <h2>Roller</h2>
        <p>
          En rolle har en periode. Embedsmænd angiver enhed, politikere parti, og bestyrelses- og
          administrationsroller angiver organisationen.
        </p>
        {Array.from({ length: p.roleRows }, (_, i) => (
          <fieldset>
            <legend class="h4">{i < p.roleRows - 1 ? `Rolle ${i + 1}` : 'Ny rolle'}</legend>
            <SelectField state={s} name={`roles.${i}.kind`} label="Rolle" options={roleOptions} />
            <TextField
              state={s}
              name={`roles.${i}.unit`}
              label="Enhed"
              hint="For embedsmænd, fx Vej og Ejendom"
            />
            <TextField
              state={s}
              name={`roles.${i}.party`}
              label="Parti"
              hint="For kommunalbestyrelsesmedlemmer"
            />
            <SelectField
              state={s}
              name={`roles.${i}.organisationId`}
              label="Boligorganisation"
              options={orgOptions}
            />
            <TextField state={s} name={`roles.${i}.from`} label="Fra" type="date" width="input-width-s" />
            <TextField state={s} name={`roles.${i}.to`} label="Til" type="date" width="input-width-s" />
          </fieldset>
        ))}
        <button type="submit" class="button button-primary">
          Gem
        </button>
      </Form>
    </Layout>
  );
}
