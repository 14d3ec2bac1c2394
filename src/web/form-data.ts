/**
 * Plain HTML forms post flat fields (`roles.0.kind=…`); use cases take nested objects. These
 * helpers convert both ways (form-route.ts turns a use case's field errors back into field names).
 */
import qs from 'qs';

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
    // `flat.__proto__ = …` would set the record's prototype, not a field.
    if (key !== '_csrf' && key !== '__proto__') flat[key] = single(value);
  }
  return flat;
}

/**
 * Options for qs: dotted names (`roles.0.kind`) nest, numeric segments make arrays at their
 * index (sparse kept, so a row's errors map back to the same row), and keys that would reach
 * Object.prototype (`__proto__`, `constructor.prototype`, `hasOwnProperty`, …) are dropped —
 * a form post must never change objects the whole process shares.
 */
const NESTING: qs.IParseOptions = {
  allowDots: true,
  allowPrototypes: false,
  plainObjects: false,
  allowSparse: true,
  arrayLimit: 10_000,
  parameterLimit: 100_000,
  depth: 10,
};

/** `{ 'roles.0.kind': 'x' }` → `{ roles: [{ kind: 'x' }] }`; prototype keys are refused (see NESTING). */
export function unflatten(flat: Flat): Record<string, unknown> {
  return qs.parse(flat as Record<string, string>, NESTING) as Record<string, unknown>;
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
