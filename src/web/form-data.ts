/**
 * Plain HTML forms post flat fields (`roles.0.kind=…`); use cases take nested objects. These
 * helpers convert both ways and turn a use case's field errors back into form field names.
 */
import { AppError } from '../app/app-error.ts';
import type { FieldError, FormState } from './components/form.tsx';

type Flat = Record<string, string>;

/** The last value of a repeated field wins (a checkbox posts a hidden "false" and then "true"). */
function single(value: unknown): string {
  if (Array.isArray(value)) return String(value.at(-1) ?? '');
  return value === undefined || value === null ? '' : String(value);
}

/** The posted fields, without the CSRF token, as flat strings. */
export function postedFields(body: unknown): Flat {
  const flat: Flat = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (key !== '_csrf') flat[key] = single(value);
  }
  return flat;
}

/** `{ 'roles.0.kind': 'x' }` → `{ roles: [{ kind: 'x' }] }`; numeric segments make arrays. */
export function unflatten(flat: Flat): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const container = node as Record<string, unknown>;
      if (last) {
        container[part] = value;
        return;
      }
      if (container[part] === undefined) container[part] = /^\d+$/.test(parts[i + 1] ?? '') ? [] : {};
      node = container[part] as Record<string, unknown>;
    });
  }
  return root;
}

/** The inverse of unflatten, for filling a form with stored values. */
export function flatten(value: unknown, prefix = '', out: Flat = {}): Flat {
  if (value === null || value === undefined) {
    if (prefix) out[prefix] = '';
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out[prefix] = String(value);
  }
  return out;
}

/**
 * The form state for an AppError: its field errors with the use case's input prefix removed
 * (`organisation.cvr` → `cvr`); an error without fields is shown as one general error.
 */
export function formStateFromError(err: AppError, values: Flat, prefix: string): FormState {
  const errors: FieldError[] =
    err.fieldErrors.length > 0
      ? err.fieldErrors.map((f) => ({
          field: f.field.startsWith(`${prefix}.`) ? f.field.slice(prefix.length + 1) : f.field,
          message: f.message,
        }))
      : [{ field: 'form', message: err.detail }];
  return { values, errors };
}

/** Runs a form submission: on an invalid-input or rule error, re-render the form with errors. */
export async function handleForm<T>(
  submit: () => Promise<T>,
  onError: (err: AppError) => unknown,
): Promise<{ ok: true; value: T } | { ok: false; page: unknown }> {
  try {
    return { ok: true, value: await submit() };
  } catch (err) {
    if (
      err instanceof AppError &&
      (err.code === 'invalidInput' || err.code === 'ruleViolation' || err.code === 'preconditionFailed')
    ) {
      return { ok: false, page: onError(err) };
    }
    throw err;
  }
}
