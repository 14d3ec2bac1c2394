import { describe, expect, it } from 'vitest';
import { AppError } from '../app/app-error.ts';
import { FORM_FIELD, postedForm, refusedFormState } from './form-route.ts';

describe('the state of a refused form', () => {
  const form = postedForm({ _csrf: 'x', cancelReason: '', 'rows.1.date': '' });

  it('keeps the posted values (without the CSRF token) and renames errors to the form fields', () => {
    const err = new AppError('invalidInput', 'Ugyldige oplysninger', 'x', [
      { field: 'reason', message: 'Begrundelsen mangler' },
    ]);
    const state = refusedFormState(err, form, (f) => (f === 'reason' ? 'cancelReason' : f));
    expect(state.values).toEqual({ cancelReason: '', 'rows.1.date': '' });
    expect(state.errors).toEqual([{ field: 'cancelReason', message: 'Begrundelsen mangler' }]);
  });

  it('puts an error for a field the form did not post on the whole form, so it is never invisible', () => {
    const err = new AppError('invalidInput', 'Ugyldige oplysninger', 'x', [
      { field: 'rows.1.date', message: 'Datoen mangler' },
      { field: 'participantsPresent.0.name', message: 'Navnet mangler' },
    ]);
    expect(refusedFormState(err, form).errors).toEqual([
      { field: 'rows.1.date', message: 'Datoen mangler' },
      { field: FORM_FIELD, message: 'Navnet mangler' },
    ]);
  });

  it('shows a refusal without field errors (a stale version, a step out of turn) as the form’s', () => {
    const err = new AppError('preconditionFailed', 'Mødet er ændret af en anden', 'En anden har gemt mødet.');
    expect(refusedFormState(err, form).errors).toEqual([
      { field: FORM_FIELD, message: 'En anden har gemt mødet.' },
    ]);
  });

  it('nests dotted fields for the use case', () => {
    expect(postedForm({ 'rows.0.date': '2027-01-04', name: 'A' }).nested).toEqual({
      rows: [{ date: '2027-01-04' }],
      name: 'A',
    });
  });
});
