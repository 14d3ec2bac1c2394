/**
 * The agreement document (aftaledokument) of one organisation and steering year, laid out for
 * printing: the page chrome is hidden on paper (app.css, @media print).
 */
import { OBJECTIVE_AREA_LABELS, responsibleText, STATUS_LABELS } from '../../../domain/agreements/labels.ts';
import { type Agreement, OBJECTIVE_AREAS } from '../../../domain/agreements/types.ts';
import type { Department, HousingOrganisation, Municipality } from '../../../domain/registry/types.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { type FormState, SelectField, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';
import { AgreementsNav } from './agreements-nav.tsx';

export interface AgreementDocumentPageProps {
  municipality: Municipality & { isDemo: boolean };
  organisation: HousingOrganisation;
  departments: Department[];
  steeringYear: number;
  agreements: Agreement[];
  followUp: Agreement[];
  years: number[];
}

function departmentNames(a: Agreement, departments: Department[]): string {
  if (a.departmentIds.length === 0) return 'Hele organisationen';
  return a.departmentIds.map((id) => departments.find((d) => d.id === id)?.name ?? id).join(', ');
}

function AgreementFacts(p: { agreement: Agreement; departments: Department[] }) {
  const a = p.agreement;
  return (
    <dl class="app-facts">
      <dt>Afdelinger</dt>
      <dd>{departmentNames(a, p.departments)}</dd>
      {a.target ? (
        <>
          <dt>Mål eller indikator</dt>
          <dd>{a.target}</dd>
        </>
      ) : null}
      <dt>Ansvarlig</dt>
      <dd>{responsibleText(a.responsible)}</dd>
      <dt>Deadline</dt>
      <dd>{a.deadline ? formatDate(a.deadline) : 'Løbende'}</dd>
      <dt>Status</dt>
      <dd>{STATUS_LABELS[a.status]}</dd>
      {a.councilApproval ? (
        <>
          <dt>Politisk godkendt</dt>
          <dd>
            {a.councilApproval.body}, {formatDate(a.councilApproval.date)}
            {a.councilApproval.caseNumber ? `, sag ${a.councilApproval.caseNumber}` : ''}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function AgreementDocumentPage(p: AgreementDocumentPageProps) {
  const org = encodeURIComponent(p.organisation.id);
  const title = `Aftaledokument ${p.steeringYear}: ${p.organisation.name}`;
  const areas = OBJECTIVE_AREAS.filter((area) => p.agreements.some((a) => a.objectiveArea === area));
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
          { href: '/aftaler/dokument', label: 'Aftaledokumenter' },
        ]}
        current={title}
      />
      <h1>
        Aftaledokument {p.steeringYear}
        <span class="display-block h3">
          {p.organisation.name} og {p.municipality.name}
        </span>
      </h1>
      <p class="no-print">
        <a href={`/aftaler/dokument/${org}/${p.steeringYear}/aftaledokument.pdf`}>Hent som PDF</a> · Udskriv
        siden med browserens udskriftsfunktion.
        {p.years.length > 1 ? (
          <>
            {' '}
            Andre år:{' '}
            {p.years
              .filter((y) => y !== p.steeringYear)
              .map((y, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a href={`/aftaler/dokument/${org}/${y}`}>{y}</a>
                </>
              ))}
          </>
        ) : null}
      </p>
      <p>
        Aftaler indgået i styringsdialogen for styringsåret {p.steeringYear} efter almenboligloven § 164.
        Aftalerne følges op på næste års styringsdialogmøde.
      </p>
      {p.agreements.length === 0 ? (
        <p>Der blev ikke indgået aftaler i styringsåret {p.steeringYear}.</p>
      ) : null}
      {areas.map((area) => (
        <section aria-labelledby={`doc-${area}`}>
          <h2 id={`doc-${area}`}>{OBJECTIVE_AREA_LABELS[area]}</h2>
          <ol>
            {p.agreements
              .filter((a) => a.objectiveArea === area)
              .map((a) => (
                <li>
                  <p>
                    <strong>{a.text}</strong>
                  </p>
                  <AgreementFacts agreement={a} departments={p.departments} />
                </li>
              ))}
          </ol>
        </section>
      ))}
      <section aria-labelledby="doc-follow-up">
        <h2 id="doc-follow-up">Opfølgning på tidligere års aftaler</h2>
        {p.followUp.length === 0 ? (
          <p>Ingen åbne aftaler fra tidligere år.</p>
        ) : (
          <ol>
            {p.followUp.map((a) => (
              <li>
                <p>
                  <strong>{a.text}</strong> (styringsår {a.steeringYear},{' '}
                  {OBJECTIVE_AREA_LABELS[a.objectiveArea]})
                </p>
                <AgreementFacts agreement={a} departments={p.departments} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </Layout>
  );
}

export interface DocumentChooserPageProps {
  municipality: Municipality & { isDemo: boolean };
  organisations: HousingOrganisation[];
  state: FormState;
  /** What the viewer may do (listAgreements decides). */
  can: { edit: boolean };
}

/** Choose organisation and year (a GET form: works without JavaScript). */
export function DocumentChooserPage(p: DocumentChooserPageProps) {
  return (
    <Layout
      title="Aftaledokumenter"
      path="/aftaler"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
    >
      <h1>Aftaledokumenter</h1>
      <AgreementsNav current="/aftaler/dokument" canEdit={p.can.edit} />
      <p>
        Aftaledokumentet viser årets aftaler med en boligorganisation og opfølgningen på tidligere års åbne
        aftaler.
      </p>
      <form method="get" action="/aftaler/dokument">
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
        <TextField state={p.state} name="year" label="Styringsår" required width="input-width-xs" />
        <button type="submit" class="button button-primary">
          Vis aftaledokument
        </button>
      </form>
    </Layout>
  );
}
