import { OBJECTIVE_AREA_LABELS, RESPONSIBLE_KIND_LABELS } from '../../../domain/agreements/labels.ts';
import { OBJECTIVE_AREAS } from '../../../domain/agreements/types.ts';
import type { Department, HousingOrganisation, Municipality } from '../../../domain/registry/types.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import {
  ChoiceGroup,
  ErrorSummary,
  Form,
  type FormState,
  SelectField,
  TextArea,
  TextField,
} from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';

export interface AgreementFormPageProps {
  municipality: Municipality & { isDemo: boolean };
  /** Organisations to choose from when creating. */
  organisations: HousingOrganisation[];
  /** The chosen organisation; null until one is chosen (creating). */
  organisation: HousingOrganisation | null;
  departments: Department[];
  /** null when creating. */
  agreement: { id: string; version: number } | null;
  state: FormState;
  /** The department ids ticked. */
  departmentIds: string[];
}

/** Step 1 of creating without JavaScript: choose the organisation, so its departments can be listed. */
function ChooseOrganisation(p: AgreementFormPageProps) {
  return (
    <form method="get" action="/aftaler/ny">
      <SelectField
        state={p.state}
        name="organisation"
        label="Boligorganisation"
        required
        options={[
          { value: '', label: 'Vælg boligorganisation' },
          ...p.organisations.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <button type="submit" class="button button-primary">
        Videre
      </button>
    </form>
  );
}

function DepartmentChoices(p: { departments: Department[]; checked: string[]; state: FormState }) {
  return (
    <ChoiceGroup
      kind="checkbox"
      state={p.state}
      name="departmentIds"
      legend="Afdelinger"
      hint="Vælg ingen, hvis aftalen gælder hele organisationen."
      options={p.departments.map((d) => ({ value: d.id, label: `${d.lbfNumber} ${d.name}` }))}
      checked={p.checked}
    />
  );
}

export function AgreementFormPage(p: AgreementFormPageProps) {
  const s = p.state;
  const title = p.agreement
    ? 'Ret aftale'
    : p.organisation
      ? `Opret aftale med ${p.organisation.name}`
      : 'Opret aftale';
  const action = p.agreement ? `/aftaler/${encodeURIComponent(p.agreement.id)}/ret` : '/aftaler/ny';
  return (
    <Layout
      title={title}
      path="/aftaler"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
    >
      <Breadcrumbs
        trail={[
          { href: '/aftaler', label: 'Aftaler' },
          ...(p.agreement
            ? [{ href: `/aftaler/${encodeURIComponent(p.agreement.id)}`, label: 'Aftalen' }]
            : []),
        ]}
        current={title}
      />
      <h1>{title}</h1>
      <ErrorSummary state={s} />
      {p.organisation === null ? (
        <ChooseOrganisation {...p} />
      ) : (
        <Form action={action}>
          <input type="hidden" name="organisationId" value={p.organisation.id} />
          <input type="hidden" name="meetingId" value={s.values.meetingId ?? ''} />
          {p.agreement ? <input type="hidden" name="version" value={String(p.agreement.version)} /> : null}
          <TextArea state={s} name="text" label="Aftalens tekst" required rows={4} />
          <TextField
            state={s}
            name="steeringYear"
            label="Styringsår"
            hint="Året for det møde, hvor aftalen blev indgået"
            required
            width="input-width-xs"
          />
          <TextField
            state={s}
            name="agreedOn"
            label="Aftalt den"
            type="date"
            hint="Normalt mødedatoen"
            required
            width="input-width-s"
          />
          <SelectField
            state={s}
            name="objectiveArea"
            label="Målområde"
            required
            options={[
              { value: '', label: 'Vælg målområde' },
              ...OBJECTIVE_AREAS.map((a) => ({ value: a, label: OBJECTIVE_AREA_LABELS[a] })),
            ]}
          />
          <DepartmentChoices departments={p.departments} checked={p.departmentIds} state={s} />
          <TextArea
            state={s}
            name="target"
            label="Målbart mål eller indikator"
            rows={2}
            hint="Fx »Tomgang under 1 % af lejemålene«"
          />
          <SelectField
            state={s}
            name="responsible.kind"
            label="Ansvarlig"
            required
            options={Object.entries(RESPONSIBLE_KIND_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <TextField
            state={s}
            name="responsible.name"
            label="Navngiven enhed"
            hint="Kun når den ansvarlige er en navngiven enhed, fx »Boligsocial enhed«"
          />
          <TextField
            state={s}
            name="deadline"
            label="Deadline"
            type="date"
            hint="Tom for en løbende aftale"
            width="input-width-s"
          />
          <fieldset>
            <legend class="h3">Politisk godkendelse (valgfri)</legend>
            <TextField
              state={s}
              name="councilApproval.body"
              label="Godkendt af"
              hint="Fx Kommunalbestyrelsen eller MTU"
            />
            <TextField
              state={s}
              name="councilApproval.date"
              label="Godkendelsesdato"
              type="date"
              width="input-width-s"
            />
            <TextField
              state={s}
              name="councilApproval.caseNumber"
              label="Sagsnummer"
              hint="Fx 25/10412"
              width="input-width-s"
            />
          </fieldset>
          <button type="submit" class="button button-primary">
            Gem aftalen
          </button>
        </Form>
      )}
    </Layout>
  );
}
