/**
 * A text input with `autocomplete` (WCAG 1.3.5) and password type, which the shared TextField
 * does not offer; same markup and error handling as components/form.tsx.
 */
import { FieldMessages, type FormState, fieldId } from '../../components/form.tsx';

export interface InputFieldProps {
  state: FormState;
  name: string;
  label: string;
  type: 'text' | 'email' | 'password';
  autocomplete: string;
  hint?: string;
  width?: string;
}

export function InputField(props: InputFieldProps) {
  const id = fieldId(props.name);
  const error = props.state.errors.find((e) => e.field === props.name)?.message;
  const described = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for={id}>
        {props.label}
      </label>
      <FieldMessages id={id} hint={props.hint} error={error} />
      <input
        class={`form-input ${props.width ?? 'input-width-l'}`}
        type={props.type as 'text'}
        id={id}
        name={props.name}
        // Passwords are never echoed back into a re-rendered form.
        value={props.type === 'password' ? '' : (props.state.values[props.name] ?? '')}
        autocomplete={props.autocomplete}
        aria-describedby={described || undefined}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

/** A page-level message (success, error, info) in dkfds alert markup. */
export function Notice(props: {
  kind: 'success' | 'error' | 'info' | 'warning';
  heading: string;
  text?: string;
}) {
  return (
    <div class={`alert alert-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      <div class="alert-body">
        <p class="alert-heading">{props.heading}</p>
        {props.text ? <p class="alert-text">{props.text}</p> : null}
      </div>
    </div>
  );
}
