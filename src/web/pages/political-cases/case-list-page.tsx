/** Politiske sager: the municipality's imported agenda items, newest import first. */
import type { AdoptedModel } from '../../../app/political-cases/load-political-case.ts';
import type { StoredPoliticalCase } from '../../../app/political-cases/political-case-store.ts';
import type { Municipality } from '../../../domain/registry/types.ts';
import { ExportLinks } from '../../components/export-links.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';

export interface CaseListPageProps {
  municipality: Municipality & { isDemo: boolean };
  cases: (StoredPoliticalCase & { adoptedModels: AdoptedModel[] })[];
  /** What the viewer may do (listPoliticalCases decides). */
  can: { import: boolean };
}

export function CaseListPage(props: CaseListPageProps) {
  return (
    <Layout
      title="Politiske sager"
      path="/politiske-sager"
      municipalityName={props.municipality.name}
      isDemo={props.municipality.isDemo}
    >
      <h1>Politiske sager</h1>
      <p>
        Dagsordenspunkter om styringsdialogen, som de er offentliggjort i kommunens dagsordenssystem:
        sagsgang, indstilling og beslutninger.
      </p>
      <p>
        <ExportLinks href="/politiske-sager" what="sagerne" />
      </p>
      {props.can.import ? (
        <p>
          <a class="button button-primary" href="/politiske-sager/importer">
            Importér dagsordenspunkt
          </a>{' '}
          <a class="button button-secondary" href="/politiske-sager/orientering">
            Udkast til årlig orientering
          </a>
        </p>
      ) : null}
      {props.cases.length === 0 ? (
        <p>Der er ingen politiske sager endnu.</p>
      ) : (
        <table class="table table--compact">
          <caption class="sr-only">Politiske sager</caption>
          <thead>
            <tr>
              <th scope="col">Sagsnr.</th>
              <th scope="col">Titel</th>
              <th scope="col">Sagsgang</th>
              <th scope="col">Seneste beslutning</th>
              <th scope="col">Styringsmodel</th>
            </tr>
          </thead>
          <tbody>
            {props.cases.map((s) => {
              const c = s.politicalCase;
              const last = c.decisions.at(-1);
              return (
                <tr>
                  <td>{c.caseNumber ?? '–'}</td>
                  <td>
                    <a href={`/politiske-sager/${encodeURIComponent(s.id)}`}>{c.title ?? 'Uden titel'}</a>
                  </td>
                  <td>{c.route.map((b) => b.abbreviation ?? b.name).join(', ') || '–'}</td>
                  <td>
                    {last
                      ? `${last.body.abbreviation ?? last.body.name ?? ''} ${last.date ? formatDate(last.date) : ''}`.trim()
                      : '–'}
                  </td>
                  <td>
                    {s.adoptedModels.length === 0
                      ? '–'
                      : s.adoptedModels.map((m) => `${m.name}, version ${m.version}`).join('; ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
