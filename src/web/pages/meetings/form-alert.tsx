/**
 * Refusals that belong to a whole form rather than one field (a step the meeting is not in,
 * someone else saved first, a problem with data the form does not show), shown at the form. It
 * carries the id the error summary links to (`#field-form`), so the summary's link lands here.
 */
import { type FormState, fieldId } from '../../components/form.tsx';
import { FORM_FIELD } from '../../form-route.ts';

export function FormAlert(props: { state: FormState | undefined }) {
  const messages = (props.state?.errors ?? []).filter((e) => e.field === FORM_FIELD).map((e) => e.message);
  if (messages.length === 0) return null;
  return (
    <div class="form-error-message" id={fieldId(FORM_FIELD)}>
      <span class="sr-only">Fejl: </span>
      {messages.map((m, i) => (
        <>
          {i > 0 ? <br /> : null}
          {m}
        </>
      ))}
    </div>
  );
}
