/**
 * The correctable fields of one imported case on the preview (issue 16, pt 4): title, case
 * number, route, recommendation points and, per decision, body, date, text and absences —
 * prefilled with what the reader found (the use case's `corrections`), or with the posted values
 * after a refused save. A field the reader is unsure of is marked in DKFDS style with the words
 * "Usikker" or "Bør kontrolleres", the reason and the lines it was read from — in text, not by
 * colour alone — tied to the field by aria-describedby. Names: `corrections.<case>.<field>`.
 * Each decision read can be removed (a checkbox); empty slots after them add decisions.
 */
import type { CaseCorrection, DecisionCorrection } from '../../../domain/political-case/case-correction.ts';
import type { FieldSource } from '../../../importer/agenda/import-report.ts';
import { Checkbox, type FormState, fieldId } from '../../components/form.tsx';

function lines(source: FieldSource): string {
  if (source.fromLine === null) return 'ikke fundet i filen';
  return source.toLine !== null && source.toLine !== source.fromLine
    ? `læst fra linje ${source.fromLine}–${source.toLine}`
    : `læst fra linje ${source.fromLine}`;
}

interface FieldSpec {
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  value: string;
  source: FieldSource | undefined;
  rows?: number;
  width?: string;
}

function Field(props: FieldSpec) {
  const id = fieldId(props.name);
  const error = props.state.errors.find((e) => e.field === props.name)?.message;
  const value = props.state.values[props.name] ?? props.value;
  const unsure = props.source && props.source.confidence !== 'high' ? props.source : null;
  const described = [
    props.hint ? `${id}-hint` : null,
    unsure ? `${id}-confidence` : null,
    error ? `${id}-error` : null,
  ].filter(Boolean);
  const classes = [
    'form-group',
    error ? 'form-error' : null,
    unsure ? `app-unsure app-unsure--${unsure.confidence}` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={classes}>
      <label class="form-label" for={id}>
        {props.label}
      </label>
      {props.hint ? (
        <span class="form-hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {unsure ? (
        <span class="form-hint app-unsure-note" id={`${id}-confidence`}>
          <strong>{unsure.confidence === 'low' ? 'Usikker:' : 'Bør kontrolleres:'}</strong>{' '}
          {unsure.note ?? 'Kontrollér feltet.'} ({lines(unsure)})
        </span>
      ) : null}
      {error ? (
        <span class="form-error-message" id={`${id}-error`}>
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      ) : null}
      {props.rows ? (
        <textarea
          class="form-input"
          id={id}
          name={props.name}
          rows={props.rows}
          aria-describedby={described.length > 0 ? described.join(' ') : undefined}
          aria-invalid={error ? 'true' : undefined}
        >
          {value}
        </textarea>
      ) : (
        <input
          class={`form-input ${props.width ?? ''}`.trim()}
          type="text"
          id={id}
          name={props.name}
          value={value}
          aria-describedby={described.length > 0 ? described.join(' ') : undefined}
          aria-invalid={error ? 'true' : undefined}
        />
      )}
    </div>
  );
}

function sourceOf(
  sources: readonly FieldSource[],
  field: FieldSource['field'],
  index: number | null = null,
): FieldSource | undefined {
  return sources.find((s) => s.field === field && s.index === index);
}

const EMPTY_DECISION: DecisionCorrection = { body: '', date: '', text: '', absences: '' };

/**
 * The form's slots for added decisions: those posted back after a refused save (by their index,
 * so errors stay at their fields) and one empty slot after them.
 */
function addedSlots(state: FormState, index: number, read: number): number[] {
  const prefix = `corrections.${index}.decisions.`;
  let last = read - 1;
  for (const key of Object.keys(state.values)) {
    if (!key.startsWith(prefix)) continue;
    const j = Number.parseInt(key.slice(prefix.length), 10);
    if (Number.isInteger(j) && j > last && j < read + MAX_ADDED) last = j;
  }
  return Array.from({ length: last - read + 2 }, (_x, k) => read + k);
}

/** At most this many added decisions on the form at once. */
const MAX_ADDED = 10;

function DecisionFields(props: {
  state: FormState;
  prefix: string;
  number: number;
  several: boolean;
  value: DecisionCorrection;
  source: FieldSource | undefined;
  absences: FieldSource | undefined;
  added: boolean;
}) {
  const { state, prefix, value } = props;
  const n = props.several ? ` ${props.number}` : '';
  const which = props.added ? `ny beslutning ${props.number}` : `beslutning${n}`;
  const removeName = `${prefix}.remove`;
  return (
    <fieldset class="app-correction-decision">
      <legend class="h4">{props.added ? `Ny beslutning (${props.number})` : `Beslutning${n}`}</legend>
      {props.added ? (
        <p class="form-hint">
          Udfyld kun, hvis sagen mangler en beslutning: organ og tekst skal udfyldes, dato og fravær kan stå
          tomme. Tomme felter tilføjer intet.
        </p>
      ) : null}
      <Field
        state={state}
        name={`${prefix}.body`}
        label={`Organ (${which})`}
        hint="Udvalgets navn eller forkortelse, fx Økonomiudvalget eller ØK."
        value={value.body}
        source={props.source}
      />
      <Field
        state={state}
        name={`${prefix}.date`}
        label={`Dato (${which})`}
        hint="dd-mm-åååå, fx 14-05-2024."
        value={value.date}
        source={undefined}
        width="input-width-s"
      />
      <Field
        state={state}
        name={`${prefix}.text`}
        label={`Beslutningens tekst (${which})`}
        value={value.text}
        source={undefined}
        rows={3}
      />
      <Field
        state={state}
        name={`${prefix}.absences`}
        label={`Afbud og fravær (${which})`}
        hint='Én person pr. linje: "Afbud: Navn (Parti)" eller "Fraværende: Navn (Parti)".'
        value={value.absences}
        source={props.absences}
        rows={2}
      />
      {props.added ? null : (
        <div class="form-group">
          <Checkbox
            id={fieldId(removeName)}
            name={removeName}
            value="1"
            checked={state.values[removeName] === '1'}
            label={`Fjern beslutningen${n} fra sagen`}
          />
        </div>
      )}
    </fieldset>
  );
}

export function CaseCorrectionFields(props: {
  index: number;
  correction: CaseCorrection;
  sources: readonly FieldSource[];
  state: FormState;
  headingLevel: 3;
}) {
  const { index, correction, sources, state } = props;
  const name = (field: string) => `corrections.${index}.${field}`;
  const absences = sourceOf(sources, 'absences');
  return (
    <fieldset class="app-correction">
      <legend class="h3">Ret felterne før du gemmer</legend>
      <p class="form-hint">
        Felterne er udfyldt med det, der blev læst. Ret det, der er forkert. Kommunen husker rettelser af
        titel, sagsnummer, overskrifter og udvalg til næste import.
      </p>
      <Field
        state={state}
        name={name('title')}
        label="Titel"
        value={correction.title}
        source={sourceOf(sources, 'title')}
      />
      <Field
        state={state}
        name={name('caseNumber')}
        label="Sagsnummer"
        hint="Som på dagsordenen, fx 22/8287. Lad feltet stå tomt, hvis sagen ikke har et."
        value={correction.caseNumber}
        source={sourceOf(sources, 'caseNumber')}
        width="input-width-m"
      />
      <Field
        state={state}
        name={name('route')}
        label="Sagsgang"
        hint="Udvalgene i rækkefølge, adskilt af komma, fx ØK, KB."
        value={correction.route}
        source={sourceOf(sources, 'route')}
      />
      <Field
        state={state}
        name={name('recommendationPoints')}
        label="Indstillingens punkter"
        hint="Ét punkt pr. linje; de nummereres i rækkefølge."
        value={correction.recommendationPoints}
        source={sourceOf(sources, 'recommendation')}
        rows={4}
      />
      {correction.decisions.map((d, j) => (
        <DecisionFields
          state={state}
          prefix={name(`decisions.${j}`)}
          number={j + 1}
          several={correction.decisions.length > 1}
          value={d}
          source={sourceOf(sources, 'decision', j)}
          absences={absences}
          added={false}
        />
      ))}
      {addedSlots(state, index, correction.decisions.length).map((j) => (
        <DecisionFields
          state={state}
          prefix={name(`decisions.${j}`)}
          number={j + 1}
          several
          value={EMPTY_DECISION}
          source={undefined}
          absences={undefined}
          added
        />
      ))}
    </fieldset>
  );
}
