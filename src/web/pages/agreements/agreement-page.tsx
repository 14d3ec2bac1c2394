import type { StoredAgreement } from '../../../app/agreements/agreement-store.ts';
import { OBJECTIVE_AREA_LABELS, responsibleText, STATUS_LABELS } from '../../../domain/agreements/labels.ts';
import {
  AGREEMENT_STATUSES,
  type AgreementStatus,
  type ProgressProposal,
} from '../../../domain/agreements/types.ts';
import type { HousingOrganisation, Municipality } from '../../../domain/registry/types.ts';
import { AgreementStatusTag } from '../../components/agreement-status.tsx';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import {
  ErrorSummary,
  Form,
  type FormState,
  SelectField,
  TextArea,
  TextField,
} from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';

export interface AgreementPageProps {
  municipality: Municipality & { isDemo: boolean };
  agreement: StoredAgreement;
  overdue: boolean;
  allowedNextStatuses: AgreementStatus[];
  closed: boolean;
  organisation: HousingOrganisation;
  agreementDepartments: { id: string; name: string; lbfNumber: string }[];
  proposals: ProgressProposal[];
  today: string;
  /** What the viewer may do (getAgreement decides). */
  can: { edit: boolean; decideProposal: boolean; propose: boolean };
  /** The form re-rendered with errors, if any. */
  forms?: { status?: FormState; proposal?: FormState; decision?: FormState };
}

function Link(props: { href: string | null }) {
  return props.href ? <a href={props.href}>Dokumentation</a> : null;
}

function statusOptions(statuses: readonly AgreementStatus[]) {
  return [
    { value: '', label: 'Vælg status' },
    ...statuses.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
  ];
}

export function AgreementPage(p: AgreementPageProps) {
  const a = p.agreement;
  const org = p.organisation;
  const id = encodeURIComponent(a.id);
  const pending = p.proposals.find((x) => x.state === 'pending') ?? null;
  const decided = p.proposals.filter((x) => x.state !== 'pending');
  const statusState = p.forms?.status ?? { values: { date: p.today }, errors: [] };
  const proposalState = p.forms?.proposal ?? { values: {}, errors: [] };
  const decisionState = p.forms?.decision ?? { values: {}, errors: [] };
  const title = `Aftale med ${org.name} (${a.steeringYear})`;
  return (
    <Layout
      title={title}
      path="/aftaler"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
    >
      <Breadcrumbs trail={[{ href: '/aftaler', label: 'Aftaler' }]} current={title} />
      <h1>{title}</h1>
      <p class="font-lead">{a.text}</p>
      <dl class="app-facts">
        <dt>Status</dt>
        <dd>
          <AgreementStatusTag status={a.status} overdue={p.overdue} />
        </dd>
        <dt>Boligorganisation</dt>
        <dd>
          <a href={`/boligorganisationer/${encodeURIComponent(org.id)}`}>{org.name}</a>
        </dd>
        <dt>Indgået</dt>
        <dd>
          {formatDate(a.agreedOn)} (styringsår {a.steeringYear})
        </dd>
        <dt>Målområde</dt>
        <dd>{OBJECTIVE_AREA_LABELS[a.objectiveArea]}</dd>
        <dt>Afdelinger</dt>
        <dd>
          {p.agreementDepartments.length === 0
            ? 'Hele organisationen'
            : p.agreementDepartments
                .map((d) => (d.lbfNumber ? `${d.lbfNumber} ${d.name}` : d.name))
                .join(', ')}
        </dd>
        <dt>Mål eller indikator</dt>
        <dd>{a.target ?? '–'}</dd>
        <dt>Ansvarlig</dt>
        <dd>{responsibleText(a.responsible)}</dd>
        <dt>Deadline</dt>
        <dd>{a.deadline ? formatDate(a.deadline) : 'Ingen'}</dd>
        <dt>Politisk godkendelse</dt>
        <dd>
          {a.councilApproval
            ? `${a.councilApproval.body}, ${formatDate(a.councilApproval.date)}${a.councilApproval.caseNumber ? `, sag ${a.councilApproval.caseNumber}` : ''}`
            : '–'}
        </dd>
      </dl>
      <p class="no-print">
        {p.can.edit ? (
          <a class="button button-secondary" href={`/aftaler/${id}/ret`}>
            Ret aftalen
          </a>
        ) : null}{' '}
        <a href={`/aftaler/dokument/${encodeURIComponent(org.id)}/${a.steeringYear}`}>
          Aftaledokument for {a.steeringYear}
        </a>
      </p>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Statushistorik</h2>
        <table class="table table--compact">
          <caption class="sr-only">Statushistorik, ældste først</caption>
          <thead>
            <tr>
              <th scope="col">Dato</th>
              <th scope="col">Status</th>
              <th scope="col">Note</th>
              <th scope="col">Registreret af</th>
            </tr>
          </thead>
          <tbody>
            {a.history.map((h) => (
              <tr>
                <td>{formatDate(h.date)}</td>
                <td>{STATUS_LABELS[h.status]}</td>
                <td>
                  {h.note ?? ''} <Link href={h.evidenceUrl} />
                </td>
                <td>
                  {h.changedByName}
                  {h.proposedByName ? ` (indberettet af ${h.proposedByName})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="proposals-heading">
        <h2 id="proposals-heading">Fremdriftsrapporter fra boligorganisationen</h2>
        {pending ? (
          <div class="alert alert-info" role="note">
            <div class="alert-body">
              <p class="alert-heading">Venter på kommunens svar</p>
              <p class="alert-text">
                {pending.proposedByName} foreslog den {formatDate(pending.proposedOn)} status »
                {STATUS_LABELS[pending.status]}«: {pending.note} <Link href={pending.evidenceUrl} />
              </p>
            </div>
          </div>
        ) : (
          <p>Ingen rapport venter på svar.</p>
        )}
        {pending && p.can.decideProposal ? (
          <div class="no-print">
            <ErrorSummary state={decisionState} />
            <Form action={`/aftaler/${id}/forslag/${encodeURIComponent(pending.id)}/bekraeft`}>
              <TextField state={decisionState} name="confirmNote" label="Bemærkning til bekræftelsen" />
              <button type="submit" class="button button-primary">
                Bekræft: skift status til »{STATUS_LABELS[pending.status]}«
              </button>
            </Form>
            <Form action={`/aftaler/${id}/forslag/${encodeURIComponent(pending.id)}/afvis`}>
              <TextArea
                state={decisionState}
                name="rejectNote"
                label="Begrundelse for afvisning"
                required
                rows={3}
              />
              <button type="submit" class="button button-secondary">
                Afvis rapporten
              </button>
            </Form>
          </div>
        ) : null}
        {decided.length > 0 ? (
          <ul>
            {decided.map((d) => (
              <li>
                {formatDate(d.proposedOn)}: {d.proposedByName} foreslog »{STATUS_LABELS[d.status]}« –{' '}
                {d.state === 'confirmed' ? 'bekræftet' : 'afvist'}{' '}
                {d.decidedOn ? formatDate(d.decidedOn) : ''} af {d.decidedByName ?? ''}
                {d.decisionNote ? `: ${d.decisionNote}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
        {p.can.propose ? (
          <div class="no-print">
            <h3 id="propose-heading">Indberet fremdrift</h3>
            <p>Kommunen bekræfter din indberetning, før aftalens status ændres.</p>
            <ErrorSummary state={proposalState} />
            <Form action={`/aftaler/${id}/forslag`}>
              <SelectField
                state={proposalState}
                name="status"
                label="Foreslået status"
                required
                options={statusOptions(p.allowedNextStatuses)}
              />
              <TextArea state={proposalState} name="note" label="Hvad er der sket?" required rows={4} />
              <TextField
                state={proposalState}
                name="evidenceUrl"
                label="Link til dokumentation"
                type="url"
                hint="Fx referat eller rapport, https://…"
              />
              <button type="submit" class="button button-primary">
                Send indberetning
              </button>
            </Form>
          </div>
        ) : null}
      </section>

      {p.can.edit ? (
        <section aria-labelledby="status-heading" class="no-print">
          <h2 id="status-heading">Skift status</h2>
          <p>
            {p.closed
              ? 'Aftalen er lukket. Den kan genåbnes eller lukkes med en anden status; skriv hvorfor.'
              : 'Når aftalen lukkes (opfyldt, ikke opfyldt eller bortfaldet), skal noten sige hvorfor.'}
          </p>
          <ErrorSummary state={statusState} />
          <Form action={`/aftaler/${id}/status`}>
            <SelectField
              state={statusState}
              name="status"
              label="Ny status"
              required
              options={statusOptions(AGREEMENT_STATUSES.filter((s) => p.allowedNextStatuses.includes(s)))}
            />
            <TextField
              state={statusState}
              name="date"
              label="Dato"
              type="date"
              hint="Datoen statussen gælder fra"
              width="input-width-s"
            />
            <TextArea
              state={statusState}
              name="note"
              label="Note"
              rows={3}
              hint="Påkrævet, når aftalen lukkes eller genåbnes"
            />
            <TextField
              state={statusState}
              name="evidenceUrl"
              label="Link til dokumentation"
              type="url"
              hint="Fx referat eller rapport, https://…"
            />
            <button type="submit" class="button button-primary">
              Gem status
            </button>
          </Form>
        </section>
      ) : null}
    </Layout>
  );
}
