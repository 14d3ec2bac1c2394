/**
 * Overblik: the year's compliance summary, a grid of organisations × years with the status of
 * each statutory obligation, and the year's joint and political obligations.
 */
import type { AssessedObligationView } from '../../app/governance/obligation-view.ts';
import type { Municipality } from '../../domain/registry/types.ts';
import { compareDanish } from '../../domain/shared/danish-order.ts';
import { Layout } from '../components/layout.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { formatDate } from '../format.ts';

export interface OverviewYear {
  year: number;
  sentences: string[];
  obligations: AssessedObligationView[];
}

export interface OverviewPageProps {
  municipality: Municipality & { isDemo: boolean };
  year: number;
  years: OverviewYear[];
  /** "Aftaler: X opfyldt, Y i gang, Z over deadline." */
  agreementsSentence: string;
  userName: string | null;
}

const kindLabel: Record<string, string> = {
  dialogueMeeting: 'Styringsdialogmøde',
  documentationPackage: 'Dokumentationspakke',
};

export function OverviewPage(p: OverviewPageProps) {
  const current = p.years.find((y) => y.year === p.year);
  const organisations = new Map<string, string>();
  for (const y of p.years)
    for (const o of y.obligations)
      if (o.organisation) organisations.set(o.organisation.id, o.organisation.name);
  const rows = [...organisations.entries()].sort((a, b) => compareDanish(a[1], b[1]));
  const cell = (orgId: string, year: number, kind: string) =>
    p.years
      .find((y) => y.year === year)
      ?.obligations.find(
        (o) => o.organisation?.id === orgId && o.kind === kind && o.periodLabel === String(year),
      );
  const joint = (current?.obligations ?? []).filter((o) => o.organisation === null);
  return (
    <Layout
      title="Overblik"
      path="/"
      municipalityName={p.municipality.name}
      isDemo={p.municipality.isDemo}
      userName={p.userName}
    >
      <h1>Overblik {p.year}</h1>
      <form method="get" action="/" class="app-inline-form">
        <div class="form-group">
          <label class="form-label" for="field-aar">
            Vis år
          </label>
          <input
            class="form-input input-width-xxs"
            id="field-aar"
            name="aar"
            type="number"
            min="2010"
            max="2100"
            value={String(p.year)}
          />
        </div>
        <button type="submit" class="button button-secondary">
          Vis
        </button>
      </form>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">Status for styringsåret {p.year}</h2>
        <ul>
          {(current?.sentences ?? []).map((s) => (
            <li>{s}</li>
          ))}
          <li>
            {p.agreementsSentence} <a href="/aftaler">Se aftalerne</a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="grid-heading">
        <h2 id="grid-heading">Boligorganisationer og år</h2>
        <p>
          Det lovpligtige styringsdialogmøde (almenboligloven § 164, stk. 2) og dokumentationspakken (stk. 3)
          for hvert år.
        </p>
        <div class="table--responsive-scroll">
          <table class="table table--compact">
            <caption class="sr-only">Status pr. boligorganisation og år</caption>
            <thead>
              <tr>
                <th scope="col">Boligorganisation</th>
                {p.years.map((y) => (
                  <th scope="col">{y.year}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([id, name]) => (
                <tr>
                  <th scope="row">
                    <a href={`/boligorganisationer/${encodeURIComponent(id)}`}>{name}</a>
                  </th>
                  {p.years.map((y) => {
                    const meeting = cell(id, y.year, 'dialogueMeeting');
                    const pack = cell(id, y.year, 'documentationPackage');
                    return (
                      <td>
                        {meeting ? (
                          <div>
                            <span class="sr-only">Møde: </span>
                            <StatusTag status={meeting.status} late={meeting.completedLate} />
                          </div>
                        ) : (
                          <div>Ingen pligt</div>
                        )}
                        {pack ? (
                          <div class="form-hint">
                            Pakke:{' '}
                            {pack.status === 'met'
                              ? 'modtaget'
                              : pack.status === 'notApplicable'
                                ? 'gælder ikke'
                                : 'mangler'}
                          </div>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="joint-heading">
        <h2 id="joint-heading">Fælles og politiske møder</h2>
        {joint.length === 0 ? (
          <p>Ingen fælles eller politiske møder er påkrævet i {p.year}.</p>
        ) : (
          <table class="table table--compact">
            <caption class="sr-only">Fælles og politiske møder</caption>
            <thead>
              <tr>
                <th scope="col">Møde</th>
                <th scope="col">Periode</th>
                <th scope="col">Frist</th>
                <th scope="col">Grundlag</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {joint.map((o) => (
                <tr>
                  <td>{o.label}</td>
                  <td>{o.periodLabel}</td>
                  <td>{formatDate(o.dueBy)}</td>
                  <td>{o.basis}</td>
                  <td>
                    <StatusTag status={o.status} late={o.completedLate} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="all-heading">
        <h2 id="all-heading">Alle forpligtelser i {p.year}</h2>
        <table class="table table--compact">
          <caption class="sr-only">Alle forpligtelser</caption>
          <thead>
            <tr>
              <th scope="col">Forpligtelse</th>
              <th scope="col">Boligorganisation</th>
              <th scope="col">Frist</th>
              <th scope="col">Status</th>
              <th scope="col">Bemærkninger</th>
            </tr>
          </thead>
          <tbody>
            {(current?.obligations ?? []).map((o) => (
              <tr>
                <td>{kindLabel[o.kind] ?? o.label}</td>
                <td>{o.organisation?.name ?? 'Alle'}</td>
                <td>{formatDate(o.dueBy)}</td>
                <td>
                  <StatusTag status={o.status} late={o.completedLate} />
                </td>
                <td>{o.findings.map((f) => f.message).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  );
}
