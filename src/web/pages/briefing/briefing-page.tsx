/**
 * The briefing "Sådan går det i de almene boligorganisationer" (GET /orientering?aar=2026): renders
 * what getBriefing returns, with the charts the route rendered from the same trends. Decides
 * nothing itself.
 */
import type { Briefing, BriefingAgreement, BriefingSection } from '../../../app/key-figures/get-briefing.ts';
import { chartKey, seriesNames } from '../../charts/briefing-charts.ts';
import { Layout } from '../../components/layout.tsx';
import { departmentKindLabel, formatDate, formatNumber } from '../../format.ts';
import { DemoFiguresNote } from './demo-figures-note.tsx';
import { formatFigure } from './format-figure.ts';
import { KeyFigureTable } from './key-figure-table.tsx';
import { SteeringYearForm } from './steering-year-form.tsx';
import { TrendFigure } from './trend-figure.tsx';

export const BRIEFING_TITLE = 'Sådan går det i de almene boligorganisationer';

export interface BriefingPageProps {
  briefing: Briefing;
  /** SVG per chart, keyed `<organisation id>:<code>` (briefing-routes.tsx). */
  charts: Record<string, string>;
  userName: string | null;
}

function AgreementList(props: { agreements: BriefingAgreement[]; empty: string }) {
  if (props.agreements.length === 0) return <p>{props.empty}</p>;
  return (
    <ul>
      {props.agreements.map((a) => (
        <li key={a.id}>
          {a.text} <span class="app-muted">({a.objectiveArea})</span> – <strong>{a.status}</strong>
          {a.deadline ? `, frist ${formatDate(a.deadline)}` : ''}
          {a.overdue ? <strong> – over fristen</strong> : null}
        </li>
      ))}
    </ul>
  );
}

function Section({ s, charts, year }: { s: BriefingSection; charts: Record<string, string>; year: number }) {
  const k = s.keyFigures;
  const headingId = `org-${s.id}`;
  const flagged = k.departments.filter((d) => d.flags.length > 0);
  return (
    <section aria-labelledby={headingId} class="app-briefing-section">
      <h2 id={headingId}>{s.name}</h2>
      <p>
        {formatNumber(s.homes)} boliger i {s.departments.length} afdelinger.
      </p>

      <h3>Nøgletal {year}</h3>
      <KeyFigureTable keyFigures={k} organisationName={s.name} year={year} otherHeading="h4" />

      <h3>Markeringer</h3>
      {k.flags.length === 0 && flagged.length === 0 ? (
        <p>Ingen afdelinger er markeret.</p>
      ) : (
        <ul>
          {k.flags.map((f) => (
            <li key={`org-${f.code}`}>Organisationen: {f.message}</li>
          ))}
          {flagged.map((d) => (
            <li key={d.id}>
              {d.name}: {d.flags.map((f) => f.message).join('; ')}
            </li>
          ))}
        </ul>
      )}

      {k.trends.length > 0 ? (
        <>
          <h3>
            Udviklingen {k.years[0]}–{k.years[k.years.length - 1]}
          </h3>
          <div class="app-trend-grid">
            {k.trends.map((t) => (
              <TrendFigure
                key={t.code}
                id={`chart-${s.id}-${t.code}`}
                subjectName={s.name}
                trend={t}
                svg={charts[chartKey(s.id, t.code)] ?? ''}
                seriesNames={seriesNames(s.name)}
              />
            ))}
          </div>
        </>
      ) : null}

      <h3>Afdelinger</h3>
      <div class="table--responsive-scroll">
        <table class="table table--compact">
          <caption class="sr-only">Afdelinger i {s.name}</caption>
          <thead>
            <tr>
              <th scope="col">Afdeling</th>
              <th scope="col">Boliger</th>
              <th scope="col">Boligtype</th>
              <th scope="col">Markering</th>
            </tr>
          </thead>
          <tbody>
            {s.departments.map((d) => {
              const flags = k.departments.find((x) => x.id === d.id)?.flags ?? [];
              return (
                <tr key={d.id}>
                  <th scope="row">{d.name}</th>
                  <td>{formatNumber(d.homes)}</td>
                  <td>{departmentKindLabel[d.kind]}</td>
                  <td>{flags.length === 0 ? '–' : flags.map((f) => f.message).join('; ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3>Seneste styringsdialogmøde</h3>
      {s.latestMeeting ? (
        <>
          <p>
            {s.latestMeeting.title}, holdt {formatDate(s.latestMeeting.heldOn)} (
            <a href={s.latestMeeting.path}>den offentliggjorte redegørelse</a>).
          </p>
          <h4>Boligorganisationens vurdering</h4>
          <blockquote class="app-quote">{s.latestMeeting.organisationAssessment}</blockquote>
          <h4>Kommunens vurdering</h4>
          <blockquote class="app-quote">{s.latestMeeting.municipalityAssessment}</blockquote>
        </>
      ) : (
        <p>Der er endnu ingen offentliggjort redegørelse fra et møde med organisationen.</p>
      )}

      <h3>Aftaler og status</h3>
      <AgreementList
        agreements={s.agreements}
        empty="Ingen aftaler fra seneste møde og ingen åbne aftaler."
      />

      <h3>Sådan kan kommunen bruge den almene sektor</h3>
      <ul>
        {s.sectorUse.sentences.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      <h4>Aftaler om udlejning, afdelinger, renovering og nybyggeri</h4>
      <AgreementList agreements={s.sectorUse.agreements} empty="Ingen åbne aftaler på disse områder." />
    </section>
  );
}

export function BriefingPage({ briefing: b, charts, userName }: BriefingPageProps) {
  const sum = b.summary;
  return (
    <Layout
      title={`${BRIEFING_TITLE} ${b.year}`}
      path="/orientering"
      municipalityName={b.municipality.name}
      isDemo={b.municipality.isDemo}
      userName={userName}
    >
      <h1>{BRIEFING_TITLE}</h1>
      <p class="font-lead">
        {b.municipality.name} · styringsår {b.year} · opgjort {formatDate(b.date)}
      </p>
      {b.demoData ? <DemoFiguresNote /> : null}
      <SteeringYearForm action="/orientering" year={b.year} />
      <p>
        <a href={`/orientering.pdf?aar=${b.year}`}>Hent orienteringen som PDF (tilgængelig, med bogmærker)</a>
        {b.can.importKeyFigures ? (
          <>
            {' · '}
            <a href="/noegletal/indlaes">Indlæs nøgletal</a>
          </>
        ) : null}
      </p>

      <h2>Kommunen samlet</h2>
      <ul class="app-summary-list">
        <li>
          {sum.organisations} aktive boligorganisationer med {sum.departments} afdelinger og{' '}
          {formatNumber(sum.homes)} boliger.
        </li>
        <li>
          Styringsdialogmøde holdt med {sum.dialogueHeld} af {sum.organisations} organisationer i {b.year}.
        </li>
        <li>
          Aftaler: {sum.agreements.fulfilled} opfyldt, {sum.agreements.inProgress} aftalt eller i gang,{' '}
          {sum.agreements.overdue} over fristen (i alt {sum.agreements.total}).
        </li>
        <li>
          {sum.flaggedDepartments} afdelinger er markeret: effektivitetstal under{' '}
          {formatFigure(b.thresholds.efficiencyBelow, '%')} eller tomgang over{' '}
          {formatFigure(b.thresholds.vacancyAbove, '%')} (kommunens egne grænser).
        </li>
      </ul>
      <nav aria-labelledby="toc-heading">
        <h2 id="toc-heading">Organisationerne</h2>
        <ul>
          {b.sections.map((s) => (
            <li key={s.id}>
              <a href={`#org-${s.id}`}>{s.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {b.sections.map((s) => (
        <Section key={s.id} s={s} charts={charts} year={b.year} />
      ))}
    </Layout>
  );
}
