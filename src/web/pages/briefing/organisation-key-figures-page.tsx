/**
 * An organisation's key figures (/boligorganisationer/:id/noegletal?aar=2026): the year's figures
 * beside the medians, the organisation's trends, one department's trends when chosen, the flags,
 * other codes as imported, and — for case officers — the form to enter a figure by hand.
 * Renders what getOrganisationKeyFigures returns.
 */
import type { getOrganisationKeyFigures } from '../../../app/key-figures/get-organisation-key-figures.ts';
import { seriesNames } from '../../charts/briefing-charts.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ErrorSummary, Form, type FormState, SelectField, TextField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { DemoFiguresNote } from './demo-figures-note.tsx';
import { formatFigure } from './format-figure.ts';
import { KeyFigureTable } from './key-figure-table.tsx';
import { SteeringYearForm } from './steering-year-form.tsx';
import { TrendFigure } from './trend-figure.tsx';

type View = Awaited<ReturnType<(typeof getOrganisationKeyFigures)['run']>>;

export interface OrganisationKeyFiguresPageProps {
  view: View;
  /** SVG per chart, keyed by code (organisation) and `department:<code>`. */
  charts: Record<string, string>;
  state: FormState;
  userName: string | null;
}

export function OrganisationKeyFiguresPage({
  view: v,
  charts,
  state,
  userName,
}: OrganisationKeyFiguresPageProps) {
  const k = v.keyFigures;
  const base = `/boligorganisationer/${encodeURIComponent(v.organisation.id)}`;
  const title = `Nøgletal for ${v.organisation.name}`;
  return (
    <Layout
      title={title}
      path="/boligorganisationer"
      municipalityName={v.municipality.name}
      isDemo={v.municipality.isDemo}
      userName={userName}
    >
      <Breadcrumbs
        trail={[
          { href: '/boligorganisationer', label: 'Boligorganisationer' },
          { href: base, label: v.organisation.name },
        ]}
        current="Nøgletal"
      />
      <h1>{title}</h1>
      <ErrorSummary state={state} />
      {k.demo ? <DemoFiguresNote /> : null}
      <SteeringYearForm action={`${base}/noegletal`} year={v.year} />

      <h2>Nøgletal {v.year}</h2>
      <p>
        Hent årets nøgletal som <a href={`${base}/noegletal.csv?aar=${v.year}`}>CSV</a> eller{' '}
        <a href={`${base}/noegletal.xlsx?aar=${v.year}`}>Excel (XLSX)</a>.
      </p>
      <KeyFigureTable keyFigures={k} organisationName={v.organisation.name} year={v.year} otherHeading="h3" />

      <h2>Afdelinger {v.year}</h2>
      <p>
        Markeret: effektivitetstal under {formatFigure(v.thresholds.efficiencyBelow, '%')} eller tomgang over{' '}
        {formatFigure(v.thresholds.vacancyAbove, '%')} (kommunens egne grænser).
      </p>
      <div class="table--responsive-scroll">
        <table class="table table--compact">
          <caption class="sr-only">Afdelingernes nøgletal {v.year}</caption>
          <thead>
            <tr>
              <th scope="col">Afdeling</th>
              <th scope="col">Tomgang</th>
              <th scope="col">Fraflytning</th>
              <th scope="col">Effektivitetstal</th>
              <th scope="col">Markering</th>
            </tr>
          </thead>
          <tbody>
            {k.departments.map((d) => {
              const value = (code: string) => {
                const f = d.figures.find((x) => x.code === code);
                return f ? formatFigure(f.value, f.unit) : '–';
              };
              return (
                <tr key={d.id}>
                  <th scope="row">
                    <a href={`${base}/noegletal?aar=${v.year}&afdeling=${encodeURIComponent(d.id)}#afdeling`}>
                      {d.name}
                    </a>
                  </th>
                  <td>{value('tomgang_pct')}</td>
                  <td>{value('fraflytning_pct')}</td>
                  <td>{value('effektivitetstal')}</td>
                  <td>{d.flags.length === 0 ? '–' : d.flags.map((f) => f.message).join('; ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {k.trends.length > 0 ? (
        <>
          <h2>
            Udviklingen {k.years[0]}–{k.years[k.years.length - 1]}
          </h2>
          <div class="app-trend-grid">
            {k.trends.map((t) => (
              <TrendFigure
                key={t.code}
                id={`chart-${t.code}`}
                subjectName={v.organisation.name}
                trend={t}
                svg={charts[t.code] ?? ''}
                seriesNames={seriesNames(v.organisation.name)}
              />
            ))}
          </div>
        </>
      ) : null}

      {v.department ? (
        <>
          <h2 id="afdeling">Afdeling {v.department.name}</h2>
          <div class="app-trend-grid">
            {v.department.trends.map((t) => (
              <TrendFigure
                key={t.code}
                id={`chart-department-${t.code}`}
                subjectName={v.department?.name ?? ''}
                trend={t}
                svg={charts[`department:${t.code}`] ?? ''}
                seriesNames={{
                  ...seriesNames(v.department?.name ?? ''),
                  municipalMedian: 'Median af kommunens afdelinger',
                }}
              />
            ))}
          </div>
        </>
      ) : null}

      {v.can.edit ? (
        <>
          <h2>Indtast et nøgletal</h2>
          <p>
            Et tal for samme afdeling, år og nøgletal erstatter det gemte. Hele filer indlæses med kommandoen
            import-key-figures.
          </p>
          <Form action={`${base}/noegletal`}>
            <SelectField
              state={state}
              name="departmentId"
              label="Organisation eller afdeling"
              options={[
                { value: '', label: `${v.organisation.name} (hele organisationen)` },
                ...v.departments.map((d) => ({ value: d.id, label: d.name })),
              ]}
            />
            <TextField state={state} name="steeringYear" label="Styringsår" required width="input-width-xs" />
            <SelectField
              state={state}
              name="code"
              label="Nøgletal"
              required
              options={v.codes.map((c) => ({ value: c.code, label: `${c.label} (${c.unit})` }))}
            />
            <TextField
              state={state}
              name="value"
              label="Værdi"
              hint="Fx 12,5 eller 1234"
              required
              width="input-width-s"
            />
            <button type="submit" class="button button-primary">
              Gem nøgletal
            </button>
          </Form>
        </>
      ) : null}
    </Layout>
  );
}
