import type { Municipality } from '../../../domain/registry/types.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import {
  CheckboxField,
  ErrorSummary,
  Form,
  type FormState,
  SelectField,
  TextField,
} from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';

export interface DepartmentFormPageProps {
  municipality: Municipality & { isDemo: boolean };
  organisation: { id: string; name: string };
  /** null when creating. */
  department: { id: string; name: string } | null;
  state: FormState;
  userName: string | null;
}

export function DepartmentFormPage(p: DepartmentFormPageProps) {
  const base = `/boligorganisationer/${encodeURIComponent(p.organisation.id)}`;
  const title = p.department
    ? `Ret afdeling ${p.department.name}`
    : `Opret afdeling i ${p.organisation.name}`;
  const action = p.department
    ? `${base}/afdelinger/${encodeURIComponent(p.department.id)}/ret`
    : `${base}/afdelinger/ny`;
  const s = p.state;
  return (
    <Layout
      title={title}
      path="/boligorganisationer"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
      userName={p.userName}
    >
      <Breadcrumbs
        trail={[
          { href: '/boligorganisationer', label: 'Boligorganisationer' },
          { href: base, label: p.organisation.name },
        ]}
        current={title}
      />
      <h1>{title}</h1>
      <ErrorSummary state={s} />
      <Form action={action}>
        {/* The version the edit is based on: a stale save is refused (412). */}
        <input type="hidden" name="version" value={s.values.version ?? ''} />
        <TextField
          state={s}
          name="lbfNumber"
          label="Afdelingsnummer"
          hint="LBF-nummer, entydigt i organisationen"
          required
          width="input-width-xs"
        />
        <TextField state={s} name="name" label="Navn" required />
        <TextField state={s} name="address" label="Adresse" required />
        <TextField
          state={s}
          name="locationMunicipality"
          label="Beliggenhedskommune"
          hint="Kommunekode, fx 707"
          required
          width="input-width-xxs"
        />
        <TextField
          state={s}
          name="homes"
          label="Antal boliger"
          type="number"
          required
          width="input-width-xs"
        />
        <SelectField
          state={s}
          name="kind"
          label="Boligtype"
          required
          options={[
            { value: 'family', label: 'Familieboliger' },
            { value: 'elderly', label: 'Ældreboliger' },
            { value: 'youth', label: 'Ungdomsboliger' },
          ]}
        />
        <CheckboxField state={s} name="hasDepartmentBoard" label="Afdelingen har en afdelingsbestyrelse" />
        <button type="submit" class="button button-primary">
          Gem
        </button>
      </Form>
    </Layout>
  );
}
