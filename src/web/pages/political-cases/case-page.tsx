/**
 * One political case: the case as the agenda prints it, the model version it adopted (with a
 * form to link it, for case officers), the import it came from, and the Markdown export.
 */
import type { AdoptedModel } from '../../../app/political-cases/load-political-case.ts';
import type { StoredPoliticalCase } from '../../../app/political-cases/political-case-store.ts';
import type { Municipality } from '../../../domain/registry/types.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { CsrfField } from '../../components/csrf-field.tsx';
import { ErrorSummary, type FormState, SelectField } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';
import { CaseView } from './case-view.tsx';
import { ImportReportView } from './import-report-view.tsx';

export interface ModelVersionOption {
  modelId: string;
  version: number;
  name: string;
  validFrom: string;
  decisionDate: string;
  caseNumber: string | null;
  politicalCaseId: string | null;
}

export interface CasePageProps {
  municipality: Municipality & { isDemo: boolean };
  stored: StoredPoliticalCase;
  adoptedModels: AdoptedModel[];
  modelVersions: ModelVersionOption[];
  /** What the viewer may do (getPoliticalCase decides). */
  can: { linkModel: boolean };
  notice: 'saved' | 'linked' | null;
  form: FormState;
}

const SOURCE_TEXT = {
  markdown: 'Markdown',
  'pdf-text': 'Tekst fra PDF',
  pdf: 'PDF',
  text: 'Tekst fra webside',
  html: 'HTML',
  demo: 'Demodata',
} as const;

export function CasePage(props: CasePageProps) {
  const s = props.stored;
  const c = s.politicalCase;
  const title = c.title ?? 'Sag uden titel';
  const base = `/politiske-sager/${encodeURIComponent(s.id)}`;
  return (
    <Layout
      title={title}
      path="/politiske-sager"
      municipalityName={props.municipality.name}
      isDemo={props.municipality.isDemo}
    >
      <Breadcrumbs trail={[{ href: '/politiske-sager', label: 'Politiske sager' }]} current={title} />
      {props.notice ? (
        <div class="alert alert-success" role="status">
          <div class="alert-body">
            <p class="alert-text">
              {props.notice === 'saved' ? 'Sagen er gemt.' : 'Sagen er knyttet til styringsmodellen.'}
            </p>
          </div>
        </div>
      ) : null}
      <h1>{title}</h1>
      <p>
        <a href={`${base}/markdown`} download>
          Hent sagen som Markdown
        </a>
      </p>

      <section aria-labelledby="model-heading">
        <h2 id="model-heading">Styringsmodel</h2>
        {props.adoptedModels.length === 0 ? (
          <p>Sagen er ikke knyttet til en version af styringsmodellen.</p>
        ) : (
          <ul>
            {props.adoptedModels.map((m) => (
              <li>
                Sagen vedtog{' '}
                <a href="/styringsmodeller">
                  {m.name}, version {m.version}
                </a>
                , gældende fra {formatDate(m.validFrom)}
                {m.validTo ? ` til ${formatDate(m.validTo)}` : ''}.
              </li>
            ))}
          </ul>
        )}
        {props.can.linkModel ? (
          <form method="post" action={`${base}/styringsmodel`} novalidate>
            <CsrfField />
            <ErrorSummary state={props.form} />
            <SelectField
              state={props.form}
              name="model"
              label="Knyt sagen til den version af styringsmodellen, den vedtog"
              required
              options={[
                { value: '', label: 'Vælg version' },
                ...props.modelVersions.map((m) => ({
                  value: `${m.modelId}#${m.version}`,
                  label: `${m.name}, version ${m.version} (vedtaget ${formatDate(m.decisionDate)}${m.caseNumber ? `, sag ${m.caseNumber}` : ''})`,
                })),
              ]}
            />
            <button type="submit" class="button button-secondary">
              Knyt til styringsmodellen
            </button>
          </form>
        ) : null}
      </section>

      <CaseView politicalCase={c} />

      <section aria-labelledby="source-heading">
        <h2 id="source-heading">Kilde</h2>
        <dl class="app-facts">
          <dt>Indlæst fra</dt>
          <dd>
            {s.source.fileName ?? 'Ukendt fil'} ({SOURCE_TEXT[s.source.format]})
          </dd>
          <dt>Første import</dt>
          <dd>{formatDate(s.importedAt.slice(0, 10))}</dd>
          <dt>Seneste import</dt>
          <dd>
            {formatDate(s.updatedAt.slice(0, 10))} (version {s.version})
          </dd>
        </dl>
      </section>
      {s.source.report ? (
        <ImportReportView report={s.source.report} fileName={s.source.fileName} headingId="report-heading" />
      ) : null}
    </Layout>
  );
}
