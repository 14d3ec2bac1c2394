/**
 * Form building blocks in Det Fælles Designsystem: labelled fields with hints and field-level
 * errors, an error summary that links to each field, and a form that always carries the CSRF
 * token (CsrfField). Every form posts plain HTML and works without JavaScript.
 */
import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../domain/shared/field-error.ts';
import { CsrfField } from './csrf-field.tsx';

export type { FieldError };

export interface FormState {
  values: Record<string, string>;
  errors: FieldError[];
}

export const emptyForm: FormState = { values: {}, errors: [] };

/** A field name as an HTML id: `roles.0.to` → `field-roles-0-to`. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

function errorFor(state: FormState, name: string): string | undefined {
  return state.errors.find((e) => e.field === name)?.message;
}

export function ErrorSummary(props: { state: FormState }) {
  if (props.state.errors.length === 0) return null;
  return (
    <div class="alert alert-error" role="alert" aria-labelledby="error-summary-heading">
      <div class="alert-body">
        <p class="alert-heading" id="error-summary-heading">
          Der er {props.state.errors.length === 1 ? 'en fejl' : `${props.state.errors.length} fejl`} i
          formularen
        </p>
        <ul class="nobullet-list">
          {props.state.errors.map((e) => (
            <li>
              <a href={`#${fieldId(e.field)}`}>{e.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

interface FieldProps {
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

/**
 * A field's hint and error message with the ids its input's aria-describedby names
 * (`<id>-hint`, `<id>-error`), in DKFDS markup.
 */
export function FieldMessages(props: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {props.hint ? (
        <span class="form-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="form-error-message" id={`${props.id}-error`}>
          <span class="sr-only">Fejl: </span>
          {props.error}
        </span>
      ) : null}
    </>
  );
}

function FieldFrame(props: FieldProps & { children: ComponentChildren }) {
  const error = errorFor(props.state, props.name);
  const id = fieldId(props.name);
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for={id}>
        {props.label}
        {props.required ? null : <span class="weight-normal"> (valgfri)</span>}
      </label>
      <FieldMessages id={id} hint={props.hint} error={error} />
      {props.children}
    </div>
  );
}

function describedBy(props: FieldProps): string | undefined {
  const id = fieldId(props.name);
  const ids = [
    props.hint ? `${id}-hint` : null,
    errorFor(props.state, props.name) ? `${id}-error` : null,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function TextField(
  props: FieldProps & { type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'url'; width?: string },
) {
  return (
    <FieldFrame {...props}>
      <input
        class={`form-input ${props.width ?? ''}`.trim()}
        type={(props.type ?? 'text') as 'text'}
        id={fieldId(props.name)}
        name={props.name}
        value={props.state.values[props.name] ?? ''}
        required={props.required}
        aria-describedby={describedBy(props)}
        aria-invalid={errorFor(props.state, props.name) ? 'true' : undefined}
      />
    </FieldFrame>
  );
}

/** A choice; options with a `group` are shown under an `<optgroup>` of that name, in the given order. */
export interface SelectOption {
  value: string;
  label: string;
  group?: string;
}

function groupedOptions(options: SelectOption[]): { group: string | undefined; options: SelectOption[] }[] {
  const out: { group: string | undefined; options: SelectOption[] }[] = [];
  for (const o of options) {
    const last = out.at(-1);
    if (last && last.group === o.group) last.options.push(o);
    else out.push({ group: o.group, options: [o] });
  }
  return out;
}

export function SelectField(props: FieldProps & { options: SelectOption[] }) {
  const current = props.state.values[props.name] ?? '';
  const option = (o: SelectOption) => (
    <option value={o.value} selected={o.value === current}>
      {o.label}
    </option>
  );
  return (
    <FieldFrame {...props}>
      <select
        class="form-select"
        id={fieldId(props.name)}
        name={props.name}
        required={props.required}
        aria-describedby={describedBy(props)}
        aria-invalid={errorFor(props.state, props.name) ? 'true' : undefined}
      >
        {groupedOptions(props.options).map((g) =>
          g.group === undefined ? (
            g.options.map(option)
          ) : (
            <optgroup label={g.group}>{g.options.map(option)}</optgroup>
          ),
        )}
      </select>
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  return (
    <FieldFrame {...props}>
      <textarea
        class="form-input"
        id={fieldId(props.name)}
        name={props.name}
        rows={props.rows ?? 5}
        required={props.required}
        aria-describedby={describedBy(props)}
        aria-invalid={errorFor(props.state, props.name) ? 'true' : undefined}
      >
        {props.state.values[props.name] ?? ''}
      </textarea>
    </FieldFrame>
  );
}

/**
 * One DKFDS checkbox: the input and its label inside `.form-group-checkbox`, which positions the
 * drawn box and tick (the input itself is invisible on top of them). Without that wrapper every
 * box of a group is drawn on the same spot.
 */
export function Checkbox(props: {
  id: string;
  name: string;
  value: string;
  label: ComponentChildren;
  checked: boolean;
  describedBy?: string;
}) {
  return (
    <div class="form-group-checkbox">
      <input
        id={props.id}
        type="checkbox"
        name={props.name}
        value={props.value}
        class="form-checkbox"
        checked={props.checked}
        aria-describedby={props.describedBy}
      />
      <label class="form-label" for={props.id}>
        {props.label}
      </label>
    </div>
  );
}

/** A yes/no checkbox that always posts a value: "true" when ticked, else the hidden "false". */
export function CheckboxField(props: { state: FormState; name: string; label: string; hint?: string }) {
  const id = fieldId(props.name);
  return (
    <div class="form-group">
      <input type="hidden" name={props.name} value="false" />
      <Checkbox
        id={id}
        name={props.name}
        value="true"
        label={props.label}
        checked={props.state.values[props.name] === 'true'}
        describedBy={props.hint ? `${id}-hint` : undefined}
      />
      {props.hint ? (
        <span class="form-hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      ) : null}
    </div>
  );
}

export interface ChoiceOption {
  value: string;
  label: ComponentChildren;
}

/**
 * A group of choices in DKFDS markup: a fieldset with the legend as the question, hint and error
 * under it, one `.form-group-checkbox` / `.form-group-radio` per option. Checkboxes post every
 * ticked value under the same name; radios post the one chosen.
 */
export function ChoiceGroup(props: {
  kind: 'checkbox' | 'radio';
  state: FormState;
  name: string;
  legend: string;
  hint?: string;
  required?: boolean;
  options: ChoiceOption[];
  /** The ticked values (checkboxes); radios read state.values[name]. */
  checked?: string[];
}) {
  const error = errorFor(props.state, props.name);
  const id = fieldId(props.name);
  const describedBy =
    [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const isChecked = (value: string) =>
    props.kind === 'radio' ? props.state.values[props.name] === value : (props.checked ?? []).includes(value);
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <fieldset id={id} aria-describedby={describedBy}>
        <legend class="form-label">
          {props.legend}
          {props.required ? null : <span class="weight-normal"> (valgfri)</span>}
        </legend>
        <FieldMessages id={id} hint={props.hint} error={error} />
        {props.options.map((o, i) =>
          props.kind === 'checkbox' ? (
            <Checkbox
              id={`${id}-option${i + 1}`}
              name={props.name}
              value={o.value}
              label={o.label}
              checked={isChecked(o.value)}
            />
          ) : (
            <div class="form-group-radio">
              <input
                id={`${id}-option${i + 1}`}
                type="radio"
                name={props.name}
                value={o.value}
                class="form-radio"
                checked={isChecked(o.value)}
              />
              <label class="form-label" for={`${id}-option${i + 1}`}>
                {o.label}
              </label>
            </div>
          ),
        )}
      </fieldset>
    </div>
  );
}

/** A POST form that always carries the CSRF token of the page (see csrf-field.tsx). */
export function Form(props: { action: string; children: ComponentChildren; enctype?: string }) {
  return (
    <form method="post" action={props.action} novalidate enctype={props.enctype}>
      <CsrfField />
      {props.children}
    </form>
  );
}
