import type { AgreementSummary } from '../../../domain/agreements/follow-up.ts';
import { OBJECTIVE_AREA_LABELS, STATUS_LABELS } from '../../../domain/agreements/labels.ts';
import {
  AGREEMENT_STATUSES,
  type Agreement,
  OBJECTIVE_AREAS,
  type ProgressProposal,
} from '../../../domain/agreements/types.ts';
import type { HousingOrganisation, Municipality } from '../../../domain/registry/types.ts';
import { type Paging, pageNumbers } from '../../../domain/shared/paging.ts';
import { AgreementTable } from '../../components/agreement-table.tsx';
import { ExportLinks } from '../../components/export-links.tsx';
import {
  Checkbox,
  ErrorSummary,
  type FormState,
  fieldId,
  SelectField,
  TextField,
} from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { AgreementsNav } from './agreements-nav.tsx';

export interface AgreementListPageProps {
  municipality: Municipality & { isDemo: boolean };
  organisations: HousingOrganisation[];
  /** One page of the filtered list (`paging`); `summary` counts the whole filtered list. */
  agreements: (Agreement & { overdue: boolean })[];
  paging: Paging | null;
  /** A page's URL with the filters kept. */
  pageHref: (page: number) => string;
  summary: AgreementSummary;
  pendingProposals: ProgressProposal[];
  /** The filters as typed (query string values), with any errors. */
  filters: FormState;
  /** What the viewer may do (listAgreements decides). */
  can: { edit: boolean };
}

export function AgreementListPage(p: AgreementListPageProps) {
  const names = new Map(p.organisations.map((o) => [o.id, o.name]));
  const f = p.filters;
  const filtered = Object.values(f.values).some((v) => v !== '');
  return (
    <Layout
      title="Aftaler"
      path="/aftaler"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
    >
      <h1>Aftaler</h1>
      <AgreementsNav current="/aftaler" canEdit={p.can.edit} />
      <p class="font-lead">{p.summary.sentence}</p>
      <p>
        <ExportLinks
          href="/aftaler"
          query={new URLSearchParams(Object.entries(f.values).filter(([, v]) => v !== '')).toString()}
          what={filtered ? 'de viste aftaler' : 'aftalerne'}
        />
      </p>
      {p.pendingProposals.length > 0 ? (
        <div class="alert alert-info" role="note">
          <div class="alert-body">
            <p class="alert-heading">
              {p.pendingProposals.length === 1
                ? 'En fremdriftsrapport venter på kommunens svar'
                : `${p.pendingProposals.length} fremdriftsrapporter venter på kommunens svar`}
            </p>
            <ul>
              {p.pendingProposals.map((r) => (
                <li>
                  <a href={`/aftaler/${encodeURIComponent(r.agreementId)}#proposals-heading`}>
                    {r.proposedByName}, {r.proposedOn}: forslag om »{STATUS_LABELS[r.status]}«
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <ErrorSummary state={f} />
      <form method="get" action="/aftaler" class="no-print">
        <fieldset>
          <legend class="h3">Filtrér aftalerne</legend>
          <SelectField
            state={f}
            name="organisation"
            label="Boligorganisation"
            options={[
              { value: '', label: 'Alle' },
              ...p.organisations.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
          <SelectField
            state={f}
            name="status"
            label="Status"
            options={[
              { value: '', label: 'Alle' },
              ...AGREEMENT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
            ]}
          />
          <SelectField
            state={f}
            name="objectiveArea"
            label="Målområde"
            options={[
              { value: '', label: 'Alle' },
              ...OBJECTIVE_AREAS.map((a) => ({ value: a, label: OBJECTIVE_AREA_LABELS[a] })),
            ]}
          />
          <TextField
            state={f}
            name="steeringYear"
            label="Styringsår"
            hint="Året aftalen blev indgået, fx 2024"
            width="input-width-xs"
          />
          <div class="form-group">
            <Checkbox
              id={fieldId('overdue')}
              name="overdue"
              value="true"
              label="Kun åbne aftaler over deadline"
              checked={f.values.overdue === 'true'}
            />
          </div>
          <button type="submit" class="button button-secondary">
            Vis aftaler
          </button>{' '}
          {filtered ? <a href="/aftaler">Nulstil filtre</a> : null}
        </fieldset>
      </form>
      <h2 id="result-heading">
        {p.summary.total} {p.summary.total === 1 ? 'aftale' : 'aftaler'}
      </h2>
      <AgreementTable caption={caption(p.paging)} agreements={p.agreements} organisationNames={names} />
      <Pagination paging={p.paging} href={p.pageHref} label="Sider med aftaler" />
    </Layout>
  );
}

/** The table's caption names the page when the list has more than one. */
function caption(paging: Paging | null): string {
  if (!paging) return 'Aftaler';
  const { current, count } = pageNumbers(paging);
  return count > 1 ? `Aftaler, side ${current} af ${count}` : 'Aftaler';
}
