/**
 * "Planlæg året": the proposed meetings with adjustable date, time and place, confirmed in one
 * go; obligations that could not be placed, and those already planned (by name and date).
 */
import { danishDate } from '../../../domain/shared/iso-date.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ErrorSummary, FieldMessages, Form, type FormState, fieldId } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';
import { FormAlert } from './form-alert.tsx';

const named = (x: { label: string; organisation: string | null }) =>
  [x.label, x.organisation].filter(Boolean).join(' – ');

export interface PlanYearPageProps {
  municipality: { code: string; name: string };
  year: number;
  proposals: {
    obligationId: string;
    label: string;
    organisation: string | null;
    /** The proposal; null for a row shown again as posted (a refused plan). */
    date: string | null;
    startTime: string | null;
    endTime: string | null;
  }[];
  unplaced: { obligationId: string; label: string; organisation: string | null; reason: string }[];
  alreadyPlanned: {
    obligationId: string;
    label: string;
    organisation: string | null;
    meetingId: string | null;
    date: string | null;
  }[];
  state: FormState;
}

function Input(p: {
  state: FormState;
  name: string;
  label: string;
  type: 'date' | 'time' | 'text';
  required?: boolean;
}) {
  const error = p.state.errors.find((e) => e.field === p.name)?.message;
  const id = fieldId(p.name);
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for={id}>
        {p.label}
      </label>
      <FieldMessages id={id} error={error} />
      <input
        class="form-input input-width-s"
        type={p.type as 'text'}
        id={id}
        name={p.name}
        value={p.state.values[p.name] ?? ''}
        required={p.required}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

export function PlanYearPage(p: PlanYearPageProps) {
  const title = `Planlæg året ${p.year}`;
  return (
    <Layout title={title} path="/moeder" municipalityName={p.municipality.name}>
      <Breadcrumbs trail={[{ href: `/moeder?aar=${p.year}`, label: `Møder ${p.year}` }]} current={title} />
      <h1>{title}</h1>
      <p class="font-lead">
        Forslag til dato og tid for årets møder: kun arbejdsdage inden for perioden, uden sammenfald for de
        faste deltagere. Ret datoerne, fjern markeringen ved møder, der ikke skal oprettes nu, og bekræft.
        Falder et møde sammen med et andet for en af deltagerne, oprettes intet: planen vises igen med en
        advarsel ved mødet om, hvilket møde det støder sammen med.
      </p>
      <ErrorSummary state={p.state} />
      {p.proposals.length === 0 ? (
        <p>Alle årets møder er planlagt.</p>
      ) : (
        <Form action={`/moeder/planlaeg?aar=${p.year}`}>
          <FormAlert state={p.state} />
          {p.proposals.map((m, i) => (
            <fieldset class="app-plan-row">
              <legend class="h3">{named(m)}</legend>
              {m.date ? (
                <p class="form-hint">
                  Forslag: {danishDate(m.date)} kl. {m.startTime}–{m.endTime}
                </p>
              ) : null}
              <input type="hidden" name={`meetings.${i}.obligationId`} value={m.obligationId} />
              <div class="form-group form-group-checkbox">
                <input type="hidden" name={`meetings.${i}.include`} value="false" />
                <input
                  id={fieldId(`meetings.${i}.include`)}
                  type="checkbox"
                  class="form-checkbox"
                  name={`meetings.${i}.include`}
                  value="true"
                  checked={p.state.values[`meetings.${i}.include`] !== 'false'}
                />
                <label for={fieldId(`meetings.${i}.include`)} class="form-label">
                  Opret mødet
                </label>
              </div>
              <Input state={p.state} name={`meetings.${i}.date`} label="Dato" type="date" required />
              <Input
                state={p.state}
                name={`meetings.${i}.startTime`}
                label="Start (TT:MM)"
                type="text"
                required
              />
              <Input
                state={p.state}
                name={`meetings.${i}.endTime`}
                label="Slut (TT:MM)"
                type="text"
                required
              />
              <Input state={p.state} name={`meetings.${i}.location`} label="Sted (valgfri)" type="text" />
            </fieldset>
          ))}
          <button type="submit" class="button button-primary">
            Bekræft planen og opret møderne
          </button>
        </Form>
      )}
      {p.unplaced.length > 0 ? (
        <section aria-labelledby="unplaced-heading">
          <h2 id="unplaced-heading">Kunne ikke placeres</h2>
          <ul>
            {p.unplaced.map((u) => (
              <li>
                {named(u) || 'Mødet'}: {u.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {p.alreadyPlanned.length > 0 ? (
        <section aria-labelledby="planned-heading">
          <h2 id="planned-heading">Allerede planlagt</h2>
          <ul>
            {p.alreadyPlanned.map((u) => (
              <li>
                {u.meetingId ? (
                  <a href={`/moeder/${encodeURIComponent(u.meetingId)}`}>{named(u)}</a>
                ) : (
                  named(u)
                )}
                , {u.date ? formatDate(u.date) : 'dato ikke fastsat'}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
