/**
 * Overblik: the year's compliance summary, a grid of organisations × years with the status of
 * each statutory obligation, and the year's joint and political obligations.
 */
import type { ComplianceGrid } from '../../app/governance/compliance-grid.ts';
import type { MyTasks } from '../../app/reminders/my-tasks.ts';
import { ExportLinks } from '../components/export-links.tsx';
import { Layout } from '../components/layout.tsx';
import { renderedOnce } from '../components/rendered-once.ts';
import { StatusTag } from '../components/status-tag.tsx';
import { formatDate } from '../format.ts';
import { MyTasksSection } from './my-tasks-section.tsx';

export interface OverviewPageProps {
  grid: ComplianceGrid;
  /** The council's briefing for the year, when the viewer may read it (frontPage decides). */
  briefing?: { year: number } | null;
  /** "Mine opgaver" for case officers and administrators (frontPage decides). */
  tasks?: MyTasks | null;
  userName: string | null;
}

const kindLabel: Record<string, string> = {
  dialogueMeeting: 'Styringsdialogmøde',
  documentationPackage: 'Dokumentationspakke',
};

export function OverviewPage({ grid: g, briefing, tasks, userName }: OverviewPageProps) {
  const current = g.current;
  const joint = g.joint;
  return (
    <Layout
      title="Overblik"
      path="/"
      municipalityName={g.municipality.name}
      isDemo={g.municipality.isDemo}
      userName={userName}
    >
      <h1>Overblik {g.year}</h1>
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
            value={String(g.year)}
          />
        </div>
        <button type="submit" class="button button-secondary">
          Vis
        </button>
      </form>
      {tasks ? <MyTasksSection tasks={tasks} /> : null}
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">Status for styringsåret {g.year}</h2>
        <ul>
          {current.sentences.map((s) => (
            <li>{s}</li>
          ))}
          <li>
            {g.agreements.sentence} <a href="/aftaler">Se aftalerne</a>
          </li>
          {briefing ? (
            <li>
              <a href={`/orientering?aar=${briefing.year}`}>
                Sådan går det i de almene boligorganisationer {briefing.year}
              </a>{' '}
              – nøgletal, udvikling og aftaler pr. organisation (også som PDF)
            </li>
          ) : null}
        </ul>
      </section>
      <section
        aria-labelledby="grid-heading"
        // Shows only the municipality's shared read model: rendered once per cached grid.
        dangerouslySetInnerHTML={{
          __html: renderedOnce(g.rows, 'grid', () => (
            <>
              <h2 id="grid-heading">Boligorganisationer og år</h2>
              <p>
                Det lovpligtige styringsdialogmøde (almenboligloven § 164, stk. 2) og dokumentationspakken
                (stk. 3) for hvert år.
              </p>
              <div class="table--responsive-scroll">
                <table class="table table--compact">
                  <caption class="sr-only">Status pr. boligorganisation og år</caption>
                  <thead>
                    <tr>
                      <th scope="col">Boligorganisation</th>
                      {g.years.map((y) => (
                        <th scope="col">{y.year}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {g.rows.map((row) => (
                      <tr>
                        <th scope="row">
                          <a href={`/boligorganisationer/${encodeURIComponent(row.organisation.id)}`}>
                            {row.organisation.name}
                          </a>
                        </th>
                        {row.cells.map((c) => (
                          <td>
                            {c.dialogueMeeting ? (
                              <div>
                                <span class="sr-only">Møde: </span>
                                <StatusTag cell={c.dialogueMeeting} />
                              </div>
                            ) : (
                              <div>Ingen pligt</div>
                            )}
                            {c.documentationPackage ? (
                              <div class="form-hint">Pakke: {c.documentationPackage.statusLabel}</div>
                            ) : null}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )),
        }}
      />
      <section
        aria-labelledby="joint-heading"
        // Shows only the municipality's shared read model: rendered once per cached grid.
        dangerouslySetInnerHTML={{
          __html: renderedOnce(g.rows, 'joint', () => (
            <>
              <h2 id="joint-heading">Fælles og politiske møder</h2>
              {joint.length === 0 ? (
                <p>Ingen fælles eller politiske møder er påkrævet i {g.year}.</p>
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
                          <StatusTag cell={o} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )),
        }}
      />
      <section
        aria-labelledby="all-heading"
        // Shows only the municipality's shared read model: rendered once per cached grid.
        dangerouslySetInnerHTML={{
          __html: renderedOnce(g.rows, 'all', () => (
            <>
              <h2 id="all-heading">Alle forpligtelser i {g.year}</h2>
              <p>
                <ExportLinks
                  href="/forpligtelser"
                  query={`aar=${g.year}`}
                  what="forpligtelserne og deres status"
                />
              </p>
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
                  {current.obligations.map((o) => (
                    <tr>
                      <td>{kindLabel[o.kind] ?? o.label}</td>
                      <td>{o.organisation?.name ?? 'Alle'}</td>
                      <td>{formatDate(o.dueBy)}</td>
                      <td>
                        <StatusTag cell={o} />
                      </td>
                      <td>{o.findings.map((f) => f.message).join(' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )),
        }}
      />
    </Layout>
  );
}
