/** The role fields shared by "create user" and "grant role": role, organisation, unit. */
import { ROLES } from '../../../app/auth/auth-store.ts';
import { roleLabels } from '../../../app/auth/role-labels.ts';
import { type FormState, SelectField, TextField } from '../../components/form.tsx';

export interface OrganisationOption {
  id: string;
  name: string;
}

export function RoleFields(props: { state: FormState; organisations: readonly OrganisationOption[] }) {
  return (
    <>
      <SelectField
        state={props.state}
        name="role"
        label="Rolle"
        required
        options={[
          { value: '', label: 'Vælg rolle' },
          ...ROLES.map((r) => ({ value: r, label: roleLabels[r] })),
        ]}
      />
      <SelectField
        state={props.state}
        name="organisationId"
        label="Boligorganisation"
        hint="Kun for rollen Boligorganisation: den organisation, brugeren handler for."
        options={[
          { value: '', label: 'Ingen' },
          ...props.organisations.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <TextField
        state={props.state}
        name="unit"
        label="Enhed"
        hint="Kun for rollen Embedsmand, fx Social."
        width="input-width-m"
      />
    </>
  );
}

export function grantText(
  g: { role: keyof typeof roleLabels; organisationId?: string; unit?: string },
  organisations: readonly OrganisationOption[],
): string {
  const org = g.organisationId
    ? (organisations.find((o) => o.id === g.organisationId)?.name ?? g.organisationId)
    : null;
  return [roleLabels[g.role], org, g.unit].filter(Boolean).join(' – ');
}
