/**
 * The guided onboarding of a new municipality (/opstart): the checklist of what is missing
 * (from getOnboarding, computed from the data) and one section per step — registry import,
 * the model from a template with the council decision, users, notices, the year's meetings.
 */
import type { ChecklistItem } from '../../../domain/tenancy/onboarding-checklist.ts';
import {
  ChoiceGroup,
  ErrorSummary,
  Form,
  type FormState,
  TextArea,
  TextField,
} from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';

export interface OnboardingPageProps {
  municipality: { code: string; name: string };
  checklist: ChecklistItem[];
  templates: {
    id: string;
    version: number;
    name: string;
    description: string;
    legalBasis: string;
    rules: string[];
  }[];
  model: {
    name: string;
    version: number;
    validFrom: string;
    decision: { body: string; decisionDate: string; caseNumber: string | null; text: string };
    template: string | null;
    differences: string[];
  } | null;
  year: number;
  modelForm: FormState;
  importResult: string | null;
  importProblems: { field: string; message: string }[];
}

const STEP_LINKS: Record<ChecklistItem['step'], string> = {
  registry: '#registry-heading',
  model: '#model-heading',
  decision: '#model-heading',
  users: '/brugere',
  notices: '/kommune',
  meetings: '/moeder/planlaeg',
};

export function OnboardingPage(p: OnboardingPageProps) {
  const missing = p.checklist.filter((i) => !i.done).length;
  return (
    <Layout title="Opstart" path="/opstart" municipalityName={p.municipality.name}>
      <h1>Opstart af {p.municipality.name}</h1>
      <p>
        {missing === 0
          ? 'Alt er på plads. Kommunen er klar til styringsåret.'
          : `Der mangler ${missing} af ${p.checklist.length} trin.`}
      </p>
      <h2 id="checklist-heading">Tjekliste</h2>
      <ol class="app-checklist" aria-labelledby="checklist-heading">
        {p.checklist.map((i) => (
          <li data-step={i.step}>
            <strong>{i.label}</strong>:{' '}
            <span class={i.done ? 'app-done' : 'app-missing'}>{i.done ? 'Udført' : 'Mangler'}</span>
            {i.missing ? (
              <>
                {' – '}
                <a href={i.step === 'meetings' ? `${STEP_LINKS.meetings}?aar=${p.year}` : STEP_LINKS[i.step]}>
                  {i.missing}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>

      <section aria-labelledby="registry-heading">
        <h2 id="registry-heading">1. Boligorganisationer og afdelinger</h2>
        <p>
          Indlæs registeret fra en CSV-fil med boligorganisationer, afdelinger og personer. Filen indlæses
          helt eller slet ikke; fejl vises pr. linje og kolonne.
        </p>
        {p.importResult ? (
          <div class="alert alert-success" role="status">
            <div class="alert-body">
              <p class="alert-text">{p.importResult}</p>
            </div>
          </div>
        ) : null}
        {p.importProblems.length > 0 ? (
          <div class="alert alert-error" role="alert">
            <div class="alert-body">
              <p class="alert-heading">Filen blev ikke indlæst</p>
              <ul class="alert-text">
                {p.importProblems.map((x) => (
                  <li>
                    {x.field}: {x.message}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
        <Form action="/opstart/register" enctype="multipart/form-data">
          <div class="form-group">
            <label class="form-label" for="registry-file">
              CSV-fil med registeret
            </label>
            <input
              class="form-file-input"
              type="file"
              id="registry-file"
              name="file"
              accept=".csv,text/csv"
            />
          </div>
          <button type="submit" class="button button-primary">
            Indlæs registeret
          </button>
        </Form>
      </section>

      <section aria-labelledby="model-heading">
        <h2 id="model-heading">2. Styringsmodel og kommunalbestyrelsens beslutning</h2>
        {p.model ? (
          <dl class="app-facts">
            <dt>Model</dt>
            <dd>
              {p.model.name}, version {p.model.version}, gælder fra {p.model.validFrom}
            </dd>
            <dt>Skabelon</dt>
            <dd>{p.model.template ?? 'Ingen'}</dd>
            <dt>Forskelle fra skabelonen</dt>
            <dd>
              {p.model.differences.length === 0 ? (
                'Ingen'
              ) : (
                <ul>
                  {p.model.differences.map((d) => (
                    <li>{d}</li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>Beslutning</dt>
            <dd>
              {p.model.decision.body} {p.model.decision.decisionDate}
              {p.model.decision.caseNumber ? `, sag ${p.model.decision.caseNumber}` : ''}:{' '}
              {p.model.decision.text}
            </dd>
          </dl>
        ) : (
          <p>
            Kommunen har endnu ingen styringsmodel; indtil da gælder lovkravet i almenboligloven § 164 alene.
          </p>
        )}
        <p>
          Modellen kan rettes ved at vedtage en ny version (<a href="/styringsmodeller">Styringsmodeller</a>).
          Den politiske sag kan også <a href="/politiske-sager/importer">importeres fra dagsordenen</a>.
        </p>
        <h3>{p.model ? 'Vedtag en ny version ud fra en skabelon' : 'Vælg en skabelon'}</h3>
        <ErrorSummary state={p.modelForm} />
        <Form action="/opstart/styringsmodel">
          {/* Posted when no template is chosen, so the error belongs to the choice (the last value wins). */}
          <input type="hidden" name="templateId" value="" />
          <ChoiceGroup
            kind="radio"
            state={p.modelForm}
            name="templateId"
            legend="Skabelon"
            required
            options={p.templates.map((t) => ({
              value: t.id,
              label: (
                <>
                  <strong>{t.name}</strong> (version {t.version}). {t.description} Møder: {t.rules.join(', ')}
                  . Grundlag: {t.legalBasis}.
                </>
              ),
            }))}
          />
          <TextField state={p.modelForm} name="validFrom" label="Gælder fra" hint="dd-mm-åååå" required />
          <TextField state={p.modelForm} name="body" label="Besluttende organ" required />
          <TextField
            state={p.modelForm}
            name="decisionDate"
            label="Beslutningsdato"
            hint="dd-mm-åååå"
            required
          />
          <TextField state={p.modelForm} name="caseNumber" label="Sagsnummer" hint="Fx 26/1234" />
          <TextArea state={p.modelForm} name="text" label="Beslutningen" rows={3} required />
          <button type="submit" class="button button-primary">
            Vedtag modellen
          </button>
        </Form>
      </section>

      <section aria-labelledby="rest-heading">
        <h2 id="rest-heading">3. Brugere, links og årets møder</h2>
        <ul>
          <li>
            <a href="/brugere">Opret brugere og giv dem roller</a>
          </li>
          <li>
            <a href="/kommune">Angiv tilgængelighedserklæring og privatlivspolitik</a>
          </li>
          <li>
            <a href={`/moeder/planlaeg?aar=${p.year}`}>Planlæg møderne i {p.year}</a>
          </li>
        </ul>
      </section>
    </Layout>
  );
}
